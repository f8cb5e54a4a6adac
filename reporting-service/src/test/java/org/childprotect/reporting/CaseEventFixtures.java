package org.childprotect.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code case.v1} messages as the producer writes them: every event starts from case-service's own example, so
 * that these tests break when the producer's shape drifts away from what this service reads. Until case-service
 * publishes its example, the example of the platform contracts stands in.
 */
public final class CaseEventFixtures {

	/** Where case-service keeps its example, seen from this module's directory (Maven's working directory). */
	public static final Path PRODUCER_EXAMPLE = Path
		.of("../case-service/src/main/resources/events/case.v1/CaseRegistered.example.json");

	private static final String CONTRACT_EXAMPLE = "/events/case.v1/CaseRegistered.contract.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CaseEventFixtures() {
	}

	public static String caseRegistered(UUID caseId, long version, String district) {
		return caseRegisteredNode(caseId, version, district).toString();
	}

	/** A producer mistake: identifying fields that the contract forbids, riding along in the data. */
	public static String caseRegisteredWithPersonalData(UUID caseId, String district, Map<String, String> extra) {
		ObjectNode event = caseRegisteredNode(caseId, 1, district);
		ObjectNode data = (ObjectNode) event.get("data");
		extra.forEach(data::put);
		return event.toString();
	}

	public static String caseRegisteredWithout(String dataField, UUID caseId, String district) {
		ObjectNode event = caseRegisteredNode(caseId, 1, district);
		((ObjectNode) event.get("data")).remove(dataField);
		return event.toString();
	}

	/** The producer's example of an event type, with this case, version and data values put in. */
	public static String event(String type, UUID caseId, long version, Map<String, ?> data) {
		ObjectNode event = (ObjectNode) JSON.readTree(producerExample(type));
		event.put("eventId", UUID.randomUUID().toString());
		event.put("aggregateId", caseId.toString());
		event.put("aggregateVersion", version);
		ObjectNode node = (ObjectNode) event.get("data");
		node.put("caseId", caseId.toString());
		data.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
		return event.toString();
	}

	public static String producerExample(String type) {
		Path example = PRODUCER_EXAMPLE.resolveSibling(type + ".example.json");
		try {
			return Files.readString(example);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("case-service publishes no example of " + type, ex);
		}
	}

	/** A case event type that this service does not report on. */
	public static String otherCaseEvent(String type, UUID caseId, long version) {
		ObjectNode event = JSON.createObjectNode();
		event.put("eventId", UUID.randomUUID().toString());
		event.put("type", type);
		event.put("aggregateId", caseId.toString());
		event.put("aggregateVersion", version);
		event.put("occurredAt", "2026-03-15T10:00:00Z");
		event.put("producer", "case-service");
		event.putObject("data").put("caseId", caseId.toString()).put("riskLevel", "LOW");
		return event.toString();
	}

	public static String exampleJson() {
		try {
			if (Files.exists(PRODUCER_EXAMPLE)) {
				return Files.readString(PRODUCER_EXAMPLE);
			}
			try (var in = CaseEventFixtures.class.getResourceAsStream(CONTRACT_EXAMPLE)) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ObjectNode caseRegisteredNode(UUID caseId, long version, String district) {
		ObjectNode event = (ObjectNode) JSON.readTree(exampleJson());
		event.put("eventId", UUID.randomUUID().toString());
		event.put("aggregateId", caseId.toString());
		event.put("aggregateVersion", version);
		ObjectNode data = (ObjectNode) event.get("data");
		data.put("caseId", caseId.toString());
		data.put("district", district);
		return event;
	}

}

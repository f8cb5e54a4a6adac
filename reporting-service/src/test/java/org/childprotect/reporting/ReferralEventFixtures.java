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
 * {@code referral.v1} messages as referral-service writes them: every event starts from the producer's own
 * example of its type, with this referral, case, version and data values put in.
 */
public final class ReferralEventFixtures {

	/** Where referral-service keeps its schemas and examples, seen from this module's directory. */
	public static final Path PRODUCER_EVENTS = Path.of("../referral-service/src/main/resources/events/referral.v1");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReferralEventFixtures() {
	}

	public static String producerExample(String type) {
		try {
			return Files.readString(PRODUCER_EVENTS.resolve(type + ".example.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("referral-service publishes no example of " + type, ex);
		}
	}

	/** The producer's example of the type, for this referral of this case at this version, with data put in. */
	public static String event(String type, UUID referralId, UUID caseId, long version, Map<String, ?> data) {
		ObjectNode event = (ObjectNode) JSON.readTree(producerExample(type));
		event.put("eventId", UUID.randomUUID().toString());
		event.put("aggregateId", referralId.toString());
		event.put("aggregateVersion", version);
		ObjectNode node = (ObjectNode) event.get("data");
		node.put("referralId", referralId.toString());
		node.put("caseId", caseId.toString());
		data.forEach((field, value) -> node.set(field, JSON.valueToTree(value)));
		return event.toString();
	}

}

package org.childprotect.cases.referrals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code referral.v1} events as the referral service publishes them. Each starts from the producer's own example
 * (a contract test): these tests break when the producer's contract moves in a way this consumer cannot follow.
 */
public final class ReferralEvents {

	/** Relative to the module directory, where Maven runs the tests. */
	static final Path PRODUCER_EXAMPLES = Path.of("..", "referral-service", "src", "main", "resources", "events",
			"referral.v1");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReferralEvents() {
	}

	/** The producer's example of the type, exactly as published. */
	public static ObjectNode example(String type) {
		Path file = PRODUCER_EXAMPLES.resolve(type + ".example.json");
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("referral-service's example is missing: " + file.toAbsolutePath());
		}
		return (ObjectNode) JSON.readTree(file.toFile());
	}

	/** The example re-addressed to the given case and referral, at the given referral version. */
	public static ObjectNode of(String type, UUID caseId, UUID referralId, long version) {
		ObjectNode event = example(type);
		event.put("eventId", UUID.randomUUID().toString());
		event.put("aggregateId", referralId.toString());
		event.put("aggregateVersion", version);
		ObjectNode data = (ObjectNode) event.get("data");
		data.put("caseId", caseId.toString());
		data.put("referralId", referralId.toString());
		return event;
	}

	/** A transfer between the given agencies; accepted at {@code acceptedAt} when the type says so. */
	public static ObjectNode transfer(String type, UUID caseId, UUID transferId, long version, String from, String to,
			Instant acceptedAt) {
		ObjectNode event = of(type, caseId, transferId, version);
		ObjectNode data = (ObjectNode) event.get("data");
		data.put("fromAgency", from);
		data.put("toAgency", to);
		if ("TransferAccepted".equals(type)) {
			data.put("acceptedAt", acceptedAt.toString());
			data.put("closedAt", acceptedAt.toString());
			data.put("newOwnerAgency", to);
		}
		return event;
	}

	public static String json(JsonNode event) {
		return JSON.writeValueAsString(event);
	}

}

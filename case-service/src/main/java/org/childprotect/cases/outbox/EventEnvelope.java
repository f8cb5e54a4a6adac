package org.childprotect.cases.outbox;

import java.time.Instant;

/** The message on {@code case.v1}, exactly as the schemas under {@code resources/events/} describe it. */
record EventEnvelope(String eventId, String type, String aggregateId, long aggregateVersion, Instant occurredAt,
		String producer, Object data) {

	static final String PRODUCER = "case-service";

}

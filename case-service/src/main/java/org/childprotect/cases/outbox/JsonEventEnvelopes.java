package org.childprotect.cases.outbox;

import java.time.Instant;
import java.util.UUID;

import org.childprotect.cases.CaseEvent;
import org.childprotect.cases.CaseId;
import org.childprotect.cases.EventEnvelopes;
import org.childprotect.cases.OutboxEntry;
import org.springframework.stereotype.Component;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises events with a mapper of their own rather than the web's: a setting changed for HTTP must never
 * change a published contract.
 */
@Component
class JsonEventEnvelopes implements EventEnvelopes {

	private final JsonMapper json = JsonMapper.builder()
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	@Override
	public OutboxEntry seal(CaseEvent event, CaseId aggregateId, long aggregateVersion, Instant occurredAt) {
		String eventId = UUID.randomUUID().toString();
		EventEnvelope envelope = new EventEnvelope(eventId, event.eventType(), aggregateId.toString(),
				aggregateVersion, occurredAt, EventEnvelope.PRODUCER, event);
		return new OutboxEntry(eventId, event.eventType(), aggregateVersion, occurredAt,
				json.writeValueAsString(envelope));
	}

}

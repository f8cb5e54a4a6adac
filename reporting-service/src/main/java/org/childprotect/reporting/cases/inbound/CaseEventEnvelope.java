package org.childprotect.reporting.cases.inbound;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/**
 * This service's own reading of the envelope every {@code case.v1} event travels in. Fields are nullable because
 * a message is read before it is judged; {@link CaseEventTranslator} refuses the ones that lack what it needs.
 * Unknown properties are ignored so that producer additions do not break this consumer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventEnvelope(@Nullable UUID eventId, @Nullable String type, @Nullable UUID aggregateId,
		@Nullable Long aggregateVersion, @Nullable Instant occurredAt, @Nullable String producer,
		@Nullable JsonNode data) {
}

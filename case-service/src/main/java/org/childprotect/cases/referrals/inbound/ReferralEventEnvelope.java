package org.childprotect.cases.referrals.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The platform's event envelope as this consumer reads it; {@code data} is read once the type is known. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReferralEventEnvelope(@Nullable String eventId, @Nullable String type, @Nullable String aggregateId,
		@Nullable Long aggregateVersion, @Nullable String producer, @Nullable JsonNode data) {
}

package org.childprotect.referrals.cases.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The platform's event envelope as this consumer reads it; {@code data} is read per event type. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseEventEnvelope(
    @Nullable UUID eventId,
    @Nullable String type,
    @Nullable String aggregateId,
    @Nullable Long aggregateVersion,
    @Nullable Instant occurredAt,
    @Nullable String producer,
    @Nullable JsonNode data) {}

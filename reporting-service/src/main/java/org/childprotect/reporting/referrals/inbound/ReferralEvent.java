package org.childprotect.reporting.referrals.inbound;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's reading of a {@code referral.v1} event: the envelope and the parts of {@code data} it reports on.
 * No component for agency codes, the case id, reasons or comments; unknown properties are ignored so that producer
 * additions do not break this consumer. Nullable because a message is read before it is judged.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReferralEvent(@Nullable UUID eventId, @Nullable String type, @Nullable UUID aggregateId,
		@Nullable Long aggregateVersion, @Nullable Data data) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Data(@Nullable String kind, @Nullable String district, @Nullable String toAgencyType,
			@Nullable String serviceType, @Nullable String urgency, @Nullable String status,
			@Nullable Instant requestedAt, @Nullable Instant acceptedAt, @Nullable Instant closedAt,
			@Nullable Boolean overdue, @Nullable String outcome) {
	}

}

package org.childprotect.cases.referrals.inbound;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The part of a {@code referral.v1} event's data this service keeps: the referral's non-personal state. Read
 * tolerantly, so the producer may add fields; {@code district} and {@code toAgencyType} are not kept, the case
 * knows its district and the directory knows agencies.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReferralEventData(@Nullable String referralId, @Nullable String caseId, @Nullable String kind,
		@Nullable String fromAgency, @Nullable String toAgency, @Nullable String serviceType,
		@Nullable String urgency, @Nullable String status, @Nullable String consentBasis,
		@Nullable Instant requestedAt, @Nullable Instant respondBy, @Nullable Instant acceptedAt,
		@Nullable Instant completeBy, @Nullable Instant closedAt, @Nullable Boolean overdue,
		@Nullable String declineReason, @Nullable String outcome, @Nullable String newOwnerAgency) {
}

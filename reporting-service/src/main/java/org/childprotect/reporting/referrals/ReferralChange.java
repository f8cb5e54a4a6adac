package org.childprotect.reporting.referrals;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The state of a referral after one event, as read from {@code referral.v1}: codes and instants only. The referral
 * id is here so that the projection can turn it into a key; it goes no further.
 */
public record ReferralChange(UUID referralId, long version, String district, String serviceType, String agencyType,
		String urgency, String status, Instant requestedAt, @Nullable Instant acceptedAt, @Nullable Instant closedAt,
		boolean overdue, @Nullable String outcome) {

	public ReferralChange {
		Objects.requireNonNull(referralId, "referralId");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(serviceType, "serviceType");
		Objects.requireNonNull(agencyType, "agencyType");
		Objects.requireNonNull(urgency, "urgency");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(requestedAt, "requestedAt");
		if (version < 0) {
			throw new IllegalArgumentException("aggregateVersion is negative");
		}
	}

	/** When the receiving agency answered: accepting, or declining (a decline closes the referral). */
	@Nullable Instant respondedAt() {
		if (acceptedAt != null) {
			return acceptedAt;
		}
		return ReferralFact.DECLINED.equals(status) ? closedAt : null;
	}

	@Nullable Instant completedAt() {
		return ReferralFact.COMPLETED.equals(status) ? closedAt : null;
	}

}

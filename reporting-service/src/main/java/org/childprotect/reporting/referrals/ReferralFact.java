package org.childprotect.reporting.referrals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the read model keeps of a referral: coarse codes and days, under a keyed hash of the referral id. No case
 * id, no agency code, no reason or comment: nothing that leads back to a child or a worker.
 *
 * @param key the keyed hash of the referral id
 * @param version the referral's version this state comes from; only newer events replace it
 * @param status the referral-service status (REQUESTED, ACCEPTED, DECLINED, COMPLETED, REVOKED, EXPIRED)
 * @param outcome the completion outcome code, once completed
 */
public record ReferralFact(String key, long version, String district, String region, String serviceType,
		String agencyType, String urgency, String status, LocalDate requestedOn, @Nullable LocalDate respondedOn,
		@Nullable LocalDate completedOn, @Nullable String outcome, boolean overdue) {

	static final String DECLINED = "DECLINED";

	static final String COMPLETED = "COMPLETED";

	/** How the referral is named inside cube cells: the first 64 bits of its key. */
	String member() {
		return key.substring(0, Math.min(16, key.length()));
	}

	boolean accepted() {
		return respondedOn != null && !DECLINED.equals(status);
	}

}

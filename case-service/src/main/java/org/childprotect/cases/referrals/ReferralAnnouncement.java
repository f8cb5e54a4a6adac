package org.childprotect.cases.referrals;

import java.util.Objects;

import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseReferral;

/**
 * One {@code referral.v1} event, translated: which case it concerns, its type (for the audit trail and metrics)
 * and the referral's whole non-personal state after the change.
 */
public record ReferralAnnouncement(CaseId caseId, String type, CaseReferral referral) {

	public ReferralAnnouncement {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(referral, "referral");
	}

}

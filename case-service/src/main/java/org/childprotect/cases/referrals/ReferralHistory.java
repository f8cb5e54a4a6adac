package org.childprotect.cases.referrals;

import java.util.List;
import java.util.Set;

import org.childprotect.cases.CaseReferral;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Keeps each case's referrals as the referral service announces them, and moves a case to the agency that
 * accepted its transfer. Idempotent and tolerant of reordering without transactions: the case keeps each
 * referral's version and replaces it only with a newer one, in the case's own version-guarded single-document
 * update; a concurrent casework change makes it load the case again and retry.
 */
@Service
public class ReferralHistory {

	/** Who the audit trail names for changes the referral service announced. */
	static final Caller REFERRAL_SERVICE = new Caller("service:referral-service", "referral-service", Set.of(),
			Set.of(), null);

	static final int MAX_ATTEMPTS = 5;

	private final Cases cases;

	private final AuditTrail auditTrail;

	ReferralHistory(Cases cases, AuditTrail auditTrail) {
		this.cases = cases;
		this.auditTrail = auditTrail;
	}

	/**
	 * @return what recording the announcement did, or {@link Outcome#UNKNOWN_CASE} when this service holds no
	 * such case (nothing to apply it to; retrying cannot help)
	 */
	public Outcome record(ReferralAnnouncement announcement) {
		for (int attempt = 1;; attempt++) {
			ChildCase childCase = cases.byId(announcement.caseId()).orElse(null);
			if (childCase == null) {
				return Outcome.UNKNOWN_CASE;
			}
			CaseReferral.Effect effect = childCase.applyReferral(announcement.referral());
			if (effect == CaseReferral.Effect.UNCHANGED) {
				return Outcome.DUPLICATE;
			}
			try {
				cases.update(childCase);
			}
			catch (OptimisticLockingFailureException changedMeanwhile) {
				if (attempt >= MAX_ATTEMPTS) {
					throw changedMeanwhile;
				}
				continue;
			}
			audit(announcement, childCase, effect);
			return effect == CaseReferral.Effect.OWNERSHIP_MOVED ? Outcome.OWNERSHIP_MOVED : Outcome.APPLIED;
		}
	}

	/**
	 * The audit trail has no action of its own for referral news yet: a status change is recorded as an update of
	 * the case's services (referrals are how services from other agencies are obtained), a transfer as a change of
	 * who works the case. The reason names the event type and agency codes only.
	 */
	private void audit(ReferralAnnouncement announcement, ChildCase childCase, CaseReferral.Effect effect) {
		List<String> caseIds = List.of(childCase.id().toString());
		if (effect == CaseReferral.Effect.OWNERSHIP_MOVED) {
			auditTrail.record(REFERRAL_SERVICE, AuditAction.CASE_ASSIGNED, caseIds, List.of("referrals", "ownership"),
					"referral.v1 " + announcement.type() + ": case moved to " + childCase.ownerAgency());
		}
		else {
			auditTrail.record(REFERRAL_SERVICE, AuditAction.SERVICE_UPDATED, caseIds, List.of("referrals"),
					"referral.v1 " + announcement.type());
		}
	}

	public enum Outcome {

		APPLIED, OWNERSHIP_MOVED, DUPLICATE, UNKNOWN_CASE

	}

}

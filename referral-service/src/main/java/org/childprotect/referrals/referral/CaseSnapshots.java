package org.childprotect.referrals.referral;

import org.childprotect.referrals.cases.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * Asks case-service, synchronously and with the caller's bearer token, for the minimum snapshot of a case that may
 * be shared for a service type. case-service decides both whether the caller may see the case and what is shared.
 */
public interface CaseSnapshots {

  /**
   * @param overrideFor the referral, when a supervisor asks to share without recorded consent for it (its
   *     justification is audited here and case-service's audit trail names the referral): case-service, which checks
   *     the supervisor role in the token itself, may then share the profile's fields although no consent is recorded
   * @throws CaseNotShared when case-service answers that the case does not exist or is out of the caller's scope
   * @throws SnapshotRefused when case-service refuses the request itself (e.g. an unknown service type)
   * @throws CaseServiceUnavailable when case-service cannot be reached, fails, or its circuit is open
   */
  SharedCase snapshotFor(
      CaseId caseId, String serviceType, String bearerToken, @Nullable ReferralId overrideFor);
}

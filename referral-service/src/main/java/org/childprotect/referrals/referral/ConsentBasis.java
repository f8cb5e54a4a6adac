package org.childprotect.referrals.referral;

/** On what ground the case's information was shared with the receiving agency. */
public enum ConsentBasis {
  /** case-service reported recorded consent to referral and information sharing. */
  RECORDED_CONSENT,
  /** No consent was recorded; a supervisor overrode with a written justification (audited). */
  SUPERVISOR_OVERRIDE
}

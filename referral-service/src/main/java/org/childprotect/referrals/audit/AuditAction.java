package org.childprotect.referrals.audit;

/** What an audit entry records. */
public enum AuditAction {
  /** Someone opened the case snapshot shared with a referral. */
  SNAPSHOT_OPENED,
  /** A supervisor shared a case without recorded consent, with a written justification. */
  CONSENT_OVERRIDDEN
}

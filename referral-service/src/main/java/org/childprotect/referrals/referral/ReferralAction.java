package org.childprotect.referrals.referral;

/** Something a caller may do to a referral, as offered to clients. */
public enum ReferralAction {
  VIEW_SNAPSHOT,
  ACCEPT,
  DECLINE,
  COMPLETE,
  REVOKE
}

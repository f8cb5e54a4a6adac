package org.childprotect.referrals.referral;

/**
 * Where a referral stands. {@code REQUESTED} and {@code ACCEPTED} are open (somebody still has to act); the
 * others are final. Transfers use {@code REQUESTED}, {@code ACCEPTED} and {@code DECLINED} only.
 */
public enum ReferralStatus {
  REQUESTED,
  ACCEPTED,
  COMPLETED,
  DECLINED,
  REVOKED,
  EXPIRED;

  public boolean isOpen() {
    return this == REQUESTED || this == ACCEPTED;
  }
}

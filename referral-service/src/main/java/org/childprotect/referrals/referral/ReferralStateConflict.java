package org.childprotect.referrals.referral;

/**
 * A transition the referral's current state does not allow (accepting twice, completing a declined referral,
 * revoking a transfer). The message names states only, never case content.
 */
public class ReferralStateConflict extends RuntimeException {

  public ReferralStateConflict(String message) {
    super(message);
  }
}

package org.childprotect.referrals.referral;

/** No such referral, or none the caller stands on either side of: both read the same (404). */
public class ReferralNotFound extends RuntimeException {

  public ReferralNotFound() {
    super("referral not found");
  }
}

package org.childprotect.referrals.referral;

/** The caller may see the referral but not do this to it (a referrer accepting their own referral, say). */
public class ReferralForbidden extends RuntimeException {

  public ReferralForbidden(String message) {
    super(message);
  }
}

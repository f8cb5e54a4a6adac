package org.childprotect.referrals.referral;

/** The client's {@code If-Match} names an older version than the stored one. */
public class StaleReferral extends RuntimeException {

  public StaleReferral() {
    super("the referral was changed since it was read");
  }
}

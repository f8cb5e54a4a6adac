package org.childprotect.referrals.referral;

/** The case already has an open referral for the same service to the same agency (or an open transfer). */
public class DuplicateReferral extends RuntimeException {

  public DuplicateReferral(String message) {
    super(message);
  }
}

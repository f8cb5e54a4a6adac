package org.childprotect.referrals.referral;

/** case-service does not know the case or will not show it to this caller; answered like any unknown record. */
public class CaseNotShared extends RuntimeException {

  public CaseNotShared() {
    super("case-service shares no such case with this caller");
  }
}

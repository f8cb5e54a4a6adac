package org.childprotect.referrals.cases;

import java.util.UUID;

/** A case's id as case-service assigned it; the only link between a referral and the case it concerns. */
public record CaseId(UUID value) {

  public CaseId {
    if (value == null) {
      throw new IllegalArgumentException("a case id needs a value");
    }
  }

  public static CaseId of(String value) {
    return new CaseId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

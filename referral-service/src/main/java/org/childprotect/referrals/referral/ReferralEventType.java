package org.childprotect.referrals.referral;

/**
 * The events published on {@code referral.v1}. Each has a JSON Schema and an example under
 * {@code resources/events/referral.v1/}; a published type is never changed incompatibly. The wire name is fixed
 * here so that renaming a constant cannot change a contract.
 */
public enum ReferralEventType {
  REFERRAL_REQUESTED("ReferralRequested"),
  REFERRAL_ACCEPTED("ReferralAccepted"),
  REFERRAL_DECLINED("ReferralDeclined"),
  REFERRAL_COMPLETED("ReferralCompleted"),
  REFERRAL_REVOKED("ReferralRevoked"),
  REFERRAL_EXPIRED("ReferralExpired"),
  REFERRAL_OVERDUE("ReferralOverdue"),
  TRANSFER_REQUESTED("TransferRequested"),
  TRANSFER_ACCEPTED("TransferAccepted"),
  TRANSFER_DECLINED("TransferDeclined");

  private final String wireName;

  ReferralEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}

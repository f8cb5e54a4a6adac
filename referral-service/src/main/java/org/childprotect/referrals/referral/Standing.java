package org.childprotect.referrals.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a caller stands towards one referral: on the sending side (the referrer, or a supervisor of the case's
 * district in the referring agency), on the receiving side (a focal point of the receiving agency), both, or
 * neither (then the referral does not exist for them).
 */
public record Standing(boolean sender, boolean receiver) {

  public static final Standing NONE = new Standing(false, false);

  public boolean isParty() {
    return sender || receiver;
  }

  /**
   * What the caller may do now. The server enforces each of these on the command itself; this list only lets a
   * client show the right buttons.
   */
  public Set<ReferralAction> actionsOn(Referral referral) {
    Set<ReferralAction> actions = EnumSet.noneOf(ReferralAction.class);
    if (referral.snapshot().isPresent() && isParty()) {
      actions.add(ReferralAction.VIEW_SNAPSHOT);
    }
    if (receiver && referral.status() == ReferralStatus.REQUESTED) {
      actions.add(ReferralAction.ACCEPT);
      actions.add(ReferralAction.DECLINE);
    }
    if (receiver && !referral.isTransfer() && referral.status() == ReferralStatus.ACCEPTED) {
      actions.add(ReferralAction.COMPLETE);
    }
    if (sender && !referral.isTransfer() && referral.status().isOpen()) {
      actions.add(ReferralAction.REVOKE);
    }
    return actions;
  }

  /**
   * After a decline, revocation or expiry the receiving agency keeps only the fact that a referral existed: no
   * case number, no reason, no snapshot.
   */
  public boolean seesCaseDetails(Referral referral) {
    if (sender) {
      return true;
    }
    return receiver
        && referral.status() != ReferralStatus.DECLINED
        && referral.status() != ReferralStatus.REVOKED
        && referral.status() != ReferralStatus.EXPIRED;
  }
}

package org.childprotect.referrals.referral;

import java.time.Instant;
import java.util.Set;

/** A referral as one caller sees it at one moment: where they stand, and so what they may see and do. */
public record ReferralView(Referral referral, Standing standing, Instant now) {

  public boolean overdue() {
    return referral.isOverdueAt(now);
  }

  public boolean showsCaseDetails() {
    return standing.seesCaseDetails(referral);
  }

  public Set<ReferralAction> actions() {
    return standing.actionsOn(referral);
  }
}

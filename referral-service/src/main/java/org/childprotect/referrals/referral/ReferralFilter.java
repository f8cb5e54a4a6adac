package org.childprotect.referrals.referral;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrows an inbox or outbox; null (or an empty set) means any.
 *
 * @param overdue true: only referrals whose running deadline has passed; false: only the others
 * @param agency the agency on the other side (the sender in an inbox, the receiver in an outbox)
 */
public record ReferralFilter(
    Set<ReferralStatus> statuses,
    @Nullable ReferralKind kind,
    @Nullable Urgency urgency,
    @Nullable String serviceType,
    @Nullable Boolean overdue,
    @Nullable String caseId,
    @Nullable String agency) {

  public ReferralFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static ReferralFilter none() {
    return new ReferralFilter(Set.of(), null, null, null, null, null, null);
  }
}

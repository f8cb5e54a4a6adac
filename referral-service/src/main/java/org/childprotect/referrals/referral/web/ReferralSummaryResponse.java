package org.childprotect.referrals.referral.web;

import java.time.Instant;
import org.childprotect.referrals.referral.Referral;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.ReferralStatus;
import org.childprotect.referrals.referral.ReferralView;
import org.childprotect.referrals.referral.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * One row of an inbox or outbox. {@code caseNumber} is null when the caller is the receiving agency of a
 * referral that was declined, revoked or has expired.
 */
public record ReferralSummaryResponse(
    String id,
    ReferralKind kind,
    String caseId,
    @Nullable String caseNumber,
    String district,
    String fromAgency,
    String toAgency,
    @Nullable String serviceType,
    Urgency urgency,
    ReferralStatus status,
    Instant requestedAt,
    Instant respondBy,
    @Nullable Instant dueAt,
    boolean overdue,
    String referrer,
    long version) {

  static ReferralSummaryResponse of(ReferralView view) {
    Referral referral = view.referral();
    return new ReferralSummaryResponse(
        referral.id().toString(),
        referral.kind(),
        referral.caseId(),
        view.showsCaseDetails() ? referral.caseNumber() : null,
        referral.district(),
        referral.fromAgency(),
        referral.toAgency(),
        referral.serviceType(),
        referral.urgency(),
        referral.status(),
        referral.requestedAt(),
        referral.respondBy(),
        referral.dueAt().orElse(null),
        view.overdue(),
        referral.referrer().username(),
        ReferralDetailsResponse.versionOf(referral));
  }
}

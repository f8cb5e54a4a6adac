package org.childprotect.referrals.referral.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childprotect.referrals.referral.Actor;
import org.childprotect.referrals.referral.Closure;
import org.childprotect.referrals.referral.CompletionOutcome;
import org.childprotect.referrals.referral.ConsentBasis;
import org.childprotect.referrals.referral.DeclineReason;
import org.childprotect.referrals.referral.Referral;
import org.childprotect.referrals.referral.ReferralAction;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.ReferralStatus;
import org.childprotect.referrals.referral.ReferralView;
import org.childprotect.referrals.referral.StatusChange;
import org.childprotect.referrals.referral.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * One referral as the caller may see it. The snapshot itself is not here: it has its own, audited, resource.
 * {@code allowedActions} lets a client show the right buttons; the server checks each command regardless.
 */
public record ReferralDetailsResponse(
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
    @Nullable String reason,
    String referrer,
    Consent consent,
    Instant requestedAt,
    Instant respondBy,
    @Nullable Instant acceptedAt,
    @Nullable String acceptedBy,
    @Nullable Instant completeBy,
    @Nullable Instant dueAt,
    boolean overdue,
    @Nullable Instant closedAt,
    @Nullable String closedBy,
    @Nullable String closingComment,
    @Nullable DeclineReason declineReason,
    @Nullable CompletionOutcome outcome,
    boolean snapshotAvailable,
    @Nullable Instant snapshotErasedAt,
    List<HistoryEntry> history,
    Set<ReferralAction> allowedActions,
    long version) {

  /** The justification and who gave it are shown to the referring side only. */
  public record Consent(
      ConsentBasis basis,
      @Nullable String overrideJustification,
      @Nullable String overriddenBy,
      @Nullable Instant overriddenAt) {}

  public record HistoryEntry(ReferralStatus status, boolean overdue, Instant at, @Nullable String by) {

    static HistoryEntry of(StatusChange change) {
      return new HistoryEntry(change.status(), change.overdue(), change.at(), nameOf(change.by()));
    }
  }

  static ReferralDetailsResponse of(ReferralView view) {
    Referral referral = view.referral();
    boolean details = view.showsCaseDetails();
    boolean sender = view.standing().sender();
    Closure closure = referral.closure().orElse(null);
    Consent consent =
        referral
            .consentOverride()
            .filter(override -> sender)
            .map(
                override ->
                    new Consent(
                        referral.consentBasis(), override.justification(), override.by().username(), override.at()))
            .orElse(new Consent(referral.consentBasis(), null, null, null));
    return new ReferralDetailsResponse(
        referral.id().toString(),
        referral.kind(),
        referral.caseId(),
        details ? referral.caseNumber() : null,
        referral.district(),
        referral.fromAgency(),
        referral.toAgency(),
        referral.serviceType(),
        referral.urgency(),
        referral.status(),
        details ? referral.reason() : null,
        referral.referrer().username(),
        consent,
        referral.requestedAt(),
        referral.respondBy(),
        referral.acceptedAt().orElse(null),
        referral.acceptedBy().map(Actor::username).orElse(null),
        referral.completeBy().orElse(null),
        referral.dueAt().orElse(null),
        view.overdue(),
        closure == null ? null : closure.at(),
        closure == null ? null : nameOf(closure.by()),
        closure == null || !details ? null : closure.comment(),
        referral.declineReason().orElse(null),
        referral.outcome().orElse(null),
        referral.snapshot().isPresent(),
        referral.snapshotErasedAt().orElse(null),
        referral.history().stream().map(HistoryEntry::of).toList(),
        view.actions(),
        versionOf(referral));
  }

  static long versionOf(Referral referral) {
    return referral.version() == null ? 0 : referral.version();
  }

  private static @Nullable String nameOf(@Nullable Actor actor) {
    return actor == null ? null : actor.username();
  }
}

package org.childprotect.referrals.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The {@code data} of every {@code referral.v1} event: the whole non-personal state of the referral after the
 * change. Carrying the full state (rather than only what changed) lets a consumer that missed or reordered
 * events rebuild the referral from the newest version alone. Codes, agency codes, ids and instants only: no
 * names, usernames, case number, reason or comments.
 *
 * @param toAgencyType the receiving agency's type (HEALTH, NGO, ...) as the directory had it when requested
 * @param newOwnerAgency set on {@code TransferAccepted} only: the agency that now owns the case
 */
public record ReferralFacts(
    String referralId,
    String caseId,
    ReferralKind kind,
    String district,
    String fromAgency,
    String toAgency,
    String toAgencyType,
    @Nullable String serviceType,
    Urgency urgency,
    ReferralStatus status,
    ConsentBasis consentBasis,
    Instant requestedAt,
    Instant respondBy,
    @Nullable Instant acceptedAt,
    @Nullable Instant completeBy,
    @Nullable Instant closedAt,
    boolean overdue,
    @Nullable DeclineReason declineReason,
    @Nullable CompletionOutcome outcome,
    @Nullable String newOwnerAgency) {}

package org.childprotect.referrals.referral;

import org.childprotect.referrals.cases.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * A worker's request to refer a case for a service, or to transfer it, as typed in the form.
 *
 * @param serviceType required for a referral, ignored for a transfer
 * @param urgency null to take the default from the case's risk level
 * @param overrideJustification a supervisor's reason to share without recorded consent; null when not overriding
 */
public record ReferralCommand(
    ReferralKind kind,
    CaseId caseId,
    @Nullable String serviceType,
    String toAgency,
    @Nullable Urgency urgency,
    String reason,
    @Nullable String overrideJustification) {}

package org.childprotect.referrals.referral;

import org.childprotect.referrals.cases.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * Everything a new referral is made of once the request has been checked: what the worker asked for, what
 * case-service allowed to share, and on what consent basis.
 *
 * @param toAgencyType the receiving agency's type in the directory (HEALTH, NGO, ...), kept for statistics
 * @param snapshot the snapshot JSON exactly as case-service returned it
 */
public record RequestedReferral(
    ReferralKind kind,
    CaseId caseId,
    String caseNumber,
    String district,
    String fromAgency,
    String toAgency,
    String toAgencyType,
    @Nullable String serviceType,
    Urgency urgency,
    String reason,
    ConsentBasis consentBasis,
    @Nullable ConsentOverride consentOverride,
    String snapshot) {}

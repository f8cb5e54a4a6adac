package org.childprotect.referrals.referral;

import org.childprotect.referrals.cases.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * What case-service agreed to share for one referral, asked with the caller's own token: routing facts, the
 * consent status, and the snapshot for the requested service type (kept as the JSON text it sent).
 */
public record SharedCase(
    CaseId caseId,
    String caseNumber,
    String district,
    @Nullable String ownerAgency,
    @Nullable String riskLevel,
    boolean referralConsent,
    String snapshot) {}

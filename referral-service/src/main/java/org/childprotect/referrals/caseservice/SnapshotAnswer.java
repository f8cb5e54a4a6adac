package org.childprotect.referrals.caseservice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * case-service's answer to {@code GET /api/cases/{id}/referral-snapshot}, read tolerantly: case-service may add
 * fields without breaking referrals. {@code snapshot} is kept as a tree and stored exactly as received.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SnapshotAnswer(
    @Nullable String caseId,
    @Nullable String caseNumber,
    @Nullable String district,
    @Nullable String ownerAgency,
    @Nullable String riskLevel,
    @Nullable Consent consent,
    @Nullable JsonNode snapshot) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Consent(@Nullable Boolean referral) {}
}

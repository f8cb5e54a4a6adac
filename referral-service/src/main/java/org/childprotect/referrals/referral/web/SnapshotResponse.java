package org.childprotect.referrals.referral.web;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The case snapshot shared with a referral, exactly as case-service provided it when the referral was made. */
public record SnapshotResponse(
    String referralId,
    String caseId,
    String caseNumber,
    @Nullable String serviceType,
    Instant sharedAt,
    Instant openedAt,
    JsonNode snapshot) {}

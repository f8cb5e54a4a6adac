package org.childprotect.referrals.cases;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows about a case, projected from {@code case.v1}: enough to scope and route
 * referrals, and nothing that identifies the child.
 */
@Document("case_summaries")
public record CaseSummary(
    @Id String caseId,
    @Nullable String district,
    @Nullable String ownerAgency,
    @Nullable String riskLevel,
    @Nullable String stage,
    long lastAppliedVersion) {}

package org.childprotect.referrals.cases;

import org.jspecify.annotations.Nullable;

/**
 * What one case event says about a case as of {@code version}. A null field is one the event does not
 * speak about, so the held value stays.
 */
public record CaseSummaryChange(
    CaseId caseId,
    long version,
    @Nullable String district,
    @Nullable String ownerAgency,
    @Nullable String riskLevel,
    @Nullable String stage) {

  public CaseSummaryChange {
    if (version < 0) {
      throw new IllegalArgumentException("an aggregate version starts at 0");
    }
  }
}

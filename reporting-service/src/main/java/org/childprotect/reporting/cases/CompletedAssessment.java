package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An assessment was completed. {@code withinDeadline} is taken when the producer says so; otherwise it is worked
 * out from the days, see {@link FactRules#assessedInTime}.
 */
public record CompletedAssessment(UUID caseId, long version, LocalDate assessedOn, @Nullable String riskLevel,
		@Nullable Boolean withinDeadline) implements CaseChange {

	public CompletedAssessment {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(assessedOn, "assessedOn");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		CaseFact assessed = fact.assessed(new CaseFact.Assessment(version, assessedOn, withinDeadline));
		return riskLevel == null ? assessed : assessed.withRisk(version, riskLevel);
	}

}

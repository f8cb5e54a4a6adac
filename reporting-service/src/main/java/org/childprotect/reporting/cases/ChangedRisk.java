package org.childprotect.reporting.cases;

import java.util.Objects;
import java.util.UUID;

/** The risk level of a case was changed (the reason is free text and is not taken). */
public record ChangedRisk(UUID caseId, long version, String riskLevel) implements CaseChange {

	public ChangedRisk {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(riskLevel, "riskLevel");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.withRisk(version, riskLevel);
	}

}

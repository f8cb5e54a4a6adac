package org.childprotect.reporting.cases;

import java.util.Objects;
import java.util.UUID;

/** A case moved to another stage of the workflow. */
public record AdvancedStage(UUID caseId, long version, String stage) implements CaseChange {

	public AdvancedStage {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(stage, "stage");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.withStage(version, stage);
	}

}

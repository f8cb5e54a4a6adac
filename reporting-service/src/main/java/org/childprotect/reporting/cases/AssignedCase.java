package org.childprotect.reporting.cases;

import java.util.Objects;
import java.util.UUID;

/**
 * A case was assigned to a worker. Who the worker is matters to no statistic and is not taken; the event only
 * moves the version the fact has seen.
 */
public record AssignedCase(UUID caseId, long version) implements CaseChange {

	public AssignedCase {
		Objects.requireNonNull(caseId, "caseId");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.seen(version);
	}

}

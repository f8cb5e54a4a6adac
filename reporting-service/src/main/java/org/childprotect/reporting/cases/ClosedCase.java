package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A case was closed, for a reason code (the comment is free text and is not taken). */
public record ClosedCase(UUID caseId, long version, LocalDate closedOn, String reason) implements CaseChange {

	public static final String STAGE = "CLOSED";

	public ClosedCase {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(closedOn, "closedOn");
		Objects.requireNonNull(reason, "reason");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.closed(new CaseFact.Closure(version, closedOn, reason)).withStage(version, STAGE);
	}

}

package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A closed case was reopened (the reason is free text and is not taken). */
public record ReopenedCase(UUID caseId, long version, LocalDate reopenedOn, String stage) implements CaseChange {

	/** Where case-service puts a reopened case when the event does not say. */
	public static final String DEFAULT_STAGE = "ASSESSMENT";

	public ReopenedCase {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(reopenedOn, "reopenedOn");
		Objects.requireNonNull(stage, "stage");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.reopened(new CaseFact.Reopening(version, reopenedOn)).withStage(version, stage);
	}

}

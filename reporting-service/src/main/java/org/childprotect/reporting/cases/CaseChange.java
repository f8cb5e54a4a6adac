package org.childprotect.reporting.cases;

import java.util.UUID;

/**
 * Something that happened to a case, as this service takes it from a {@code case.v1} event: stripped of the
 * envelope and of everything the statistics do not need. It still carries the case id, which only the projection
 * sees, to derive the pseudonymous key.
 */
public sealed interface CaseChange permits RegisteredCase, ChangedRisk, CompletedAssessment, AdvancedStage,
		RecordedService, ChangedConsent, ClosedCase, ReopenedCase, AssignedCase {

	UUID caseId();

	/** The case's version after the change; several events of one save share it. */
	long version();

	/** The fact with this change applied where it is newer than what the fact holds, else the same fact. */
	CaseFact applyTo(CaseFact fact, FactRules rules);

	static void checkVersion(long version) {
		// case-service's versions start at 0 (the first save of the aggregate), per its published schema.
		if (version < 0) {
			throw new IllegalArgumentException("an aggregate version cannot be negative");
		}
	}

}

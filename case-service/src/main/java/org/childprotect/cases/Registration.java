package org.childprotect.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** What it takes to open a case for a child: who, where, why, and how urgent. */
public record Registration(ChildIdentity child, String district, List<String> concerns, RiskLevel riskLevel,
		CaseSource source) {

	public Registration {
		Objects.requireNonNull(child, "child");
		if (district == null || district.isBlank()) {
			throw InvalidCaseInput.of("district", "is required");
		}
		if (concerns == null || concerns.isEmpty()) {
			throw InvalidCaseInput.of("concerns", "name at least one concern");
		}
		if (riskLevel == null) {
			throw InvalidCaseInput.of("riskLevel", "is required");
		}
		// Duplicates say nothing new and would double-count in statistics.
		concerns = List.copyOf(new LinkedHashSet<>(concerns));
		Objects.requireNonNull(source, "source");
	}

}

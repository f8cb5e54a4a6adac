package org.childprotect.cases;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to open a case for a child: who, where, why, and how urgent.
 *
 * @param paperForm the paper form the case is transcribed from, if any (always for imports)
 */
public record Registration(ChildIdentity child, String district, List<String> concerns, RiskLevel riskLevel,
		CaseSource source, @Nullable PaperForm paperForm) {

	/** A registration with no paper form behind it. */
	public Registration(ChildIdentity child, String district, List<String> concerns, RiskLevel riskLevel,
			CaseSource source) {
		this(child, district, concerns, riskLevel, source, null);
	}

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

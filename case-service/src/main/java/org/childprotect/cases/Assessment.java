package org.childprotect.cases;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The worker's assessment of the child's needs, domain by domain, and the risk level it led to. Domain codes
 * come from the reference data (safety, health, psychosocial, family and care, education, justice).
 */
public record Assessment(List<Need> needs, RiskLevel riskLevel, @Nullable String riskReason, Instant completedAt,
		Worker completedBy) {

	public static final int MAX_NOTES_LENGTH = 2000;

	public Assessment {
		needs = List.copyOf(needs);
		Objects.requireNonNull(riskLevel, "riskLevel");
		Objects.requireNonNull(completedAt, "completedAt");
		Objects.requireNonNull(completedBy, "completedBy");
	}

	/** Checks a worker's list of needs: at least one, each domain once. */
	static List<Need> requireValid(@Nullable List<Need> needs) {
		if (needs == null || needs.isEmpty()) {
			throw InvalidCaseInput.of("needs", "assess at least one domain");
		}
		Set<String> seen = new HashSet<>();
		for (Need need : needs) {
			if (!seen.add(need.domain())) {
				// A domain code is reference data, not personal data.
				throw InvalidCaseInput.of("needs", "domain " + need.domain() + " is assessed twice");
			}
		}
		return List.copyOf(needs);
	}

	public record Need(String domain, Level level, @Nullable String notes) {

		public Need {
			domain = FreeText.required("needs.domain", domain, 64);
			if (level == null) {
				throw InvalidCaseInput.of("needs.level", "is required");
			}
			notes = FreeText.optional("needs.notes", notes, MAX_NOTES_LENGTH);
		}

	}

	/** How much the child needs help in a domain; {@code NONE} records that the domain was looked at. */
	public enum Level {

		HIGH, MEDIUM, LOW, NONE

	}

}

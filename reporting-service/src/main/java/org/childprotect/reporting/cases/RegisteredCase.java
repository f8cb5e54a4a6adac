package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What this service takes from a case registration, already stripped of the envelope. It still carries the case
 * id, which is needed to derive the {@link CaseKey}; the id goes no further than that.
 */
public record RegisteredCase(UUID caseId, long version, String district, String sex, @Nullable Integer ageYears,
		@Nullable String agePrecision, List<String> concerns, String riskLevel, String stage, String source,
		LocalDate registeredOn) {

	public RegisteredCase {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(sex, "sex");
		Objects.requireNonNull(riskLevel, "riskLevel");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(registeredOn, "registeredOn");
		concerns = List.copyOf(concerns);
		// case-service's versions start at 0 (the first save of the aggregate), per its published schema.
		if (version < 0) {
			throw new IllegalArgumentException("an aggregate version cannot be negative");
		}
	}

}

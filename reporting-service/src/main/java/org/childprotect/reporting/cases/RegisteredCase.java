package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case was registered: where, who (as codes and an age band) and why. */
public record RegisteredCase(UUID caseId, long version, String district, String sex, @Nullable Integer ageYears,
		@Nullable String agePrecision, List<String> concerns, String riskLevel, String stage, String source,
		LocalDate registeredOn) implements CaseChange {

	public RegisteredCase {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(sex, "sex");
		Objects.requireNonNull(riskLevel, "riskLevel");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(registeredOn, "registeredOn");
		concerns = List.copyOf(concerns);
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		// The age is banded here, before anything is stored: the exact age never reaches the database.
		CaseFact.Registration registration = new CaseFact.Registration(version, district, rules.regionOf(district),
				sex, rules.ageBandOf(ageYears, agePrecision), concerns, source, registeredOn, riskLevel);
		return fact.registered(registration, stage);
	}

}

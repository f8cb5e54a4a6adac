package org.childprotect.cases.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.childprotect.cases.CaseSource;
import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.Registration;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.jspecify.annotations.Nullable;

/**
 * The registration form. Components are nullable because a client may leave anything out; validation turns
 * gaps into field errors before the domain sees them.
 */
@DateOfBirthOrEstimatedAge
record RegisterCaseRequest(@NotBlank @Size(max = ChildIdentity.MAX_NAME_LENGTH) @Nullable String givenName,
		@NotBlank @Size(max = ChildIdentity.MAX_NAME_LENGTH) @Nullable String familyName, @NotNull @Nullable Sex sex,
		@PastOrPresent @Nullable LocalDate dateOfBirth,
		@Min(0) @Max(ChildIdentity.MAX_CHILD_AGE) @Nullable Integer estimatedAgeYears,
		@NotBlank @Size(max = 32) @Nullable String district,
		@NotEmpty @Size(max = 20) @Nullable List<@NotBlank @Size(max = 64) String> concerns,
		@NotNull @Nullable RiskLevel riskLevel) {

	/** Called only after validation, so the required components are present. */
	Registration toRegistration() {
		return new Registration(
				new ChildIdentity(givenName, familyName, sex, dateOfBirth, estimatedAgeYears), district,
				concerns, riskLevel, CaseSource.DIRECT);
	}

}

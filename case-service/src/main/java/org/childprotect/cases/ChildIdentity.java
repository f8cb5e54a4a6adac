package org.childprotect.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.childprotect.cases.InvalidCaseInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Who the child is. Either the date of birth is known, or the worker estimates the age; never both, so the
 * record always says how far the age can be trusted.
 *
 * @param dateOfBirthApproximate the paper record gave only a year or a month and year of birth; the date stands
 * in the middle of that period (so ages keep counting on) and the age precision is {@code YEAR}
 */
public record ChildIdentity(String givenName, String familyName, Sex sex, @Nullable LocalDate dateOfBirth,
		@Nullable Integer estimatedAgeYears, boolean dateOfBirthApproximate) {

	/** A child whose birth date is known exactly or whose age is estimated. */
	public ChildIdentity(String givenName, String familyName, Sex sex, @Nullable LocalDate dateOfBirth,
			@Nullable Integer estimatedAgeYears) {
		this(givenName, familyName, sex, dateOfBirth, estimatedAgeYears, false);
	}

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_CHILD_AGE = 17;

	/**
	 * Earliest accepted date of birth. Deliberately wider than "under 18 today": a case may be registered for a
	 * young person who was a child when the harm happened, but a birth date before this is a typing error.
	 */
	public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1990, 1, 1);

	/** Structural rules only, so that stored records stay readable when the calendar moves on. */
	public ChildIdentity {
		List<Violation> violations = new ArrayList<>();
		checkName("givenName", givenName, violations);
		checkName("familyName", familyName, violations);
		if (sex == null) {
			violations.add(new Violation("sex", "is required"));
		}
		if ((dateOfBirth == null) == (estimatedAgeYears == null)) {
			violations.add(new Violation("dateOfBirth", "give either dateOfBirth or estimatedAgeYears, not both"));
		}
		if (dateOfBirthApproximate && dateOfBirth == null) {
			violations.add(new Violation("dateOfBirth", "an approximate date of birth needs a date"));
		}
		if (estimatedAgeYears != null && (estimatedAgeYears < 0 || estimatedAgeYears > MAX_CHILD_AGE)) {
			violations.add(new Violation("estimatedAgeYears", "must be between 0 and " + MAX_CHILD_AGE));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCaseInput(violations);
		}
		givenName = givenName.strip();
		familyName = familyName.strip();
	}

	/**
	 * Rules that depend on the day of entry: no birth date in the future or implausibly early. Checked when a
	 * case is registered, not when a stored record is read back.
	 */
	public void requirePlausibleOn(LocalDate today) {
		if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
			throw InvalidCaseInput.of("dateOfBirth", "must not be in the future");
		}
		if (dateOfBirth != null && dateOfBirth.isBefore(EARLIEST_DATE_OF_BIRTH)) {
			throw InvalidCaseInput.of("dateOfBirth", "must not be before " + EARLIEST_DATE_OF_BIRTH);
		}
	}

	public AgePrecision agePrecision() {
		if (dateOfBirth == null) {
			return AgePrecision.ESTIMATED;
		}
		return dateOfBirthApproximate ? AgePrecision.YEAR : AgePrecision.EXACT;
	}

	/** Age in whole years on the given day; an estimate stays as the worker recorded it. */
	public int ageYearsOn(LocalDate day) {
		if (dateOfBirth != null) {
			return Math.max(0, Period.between(dateOfBirth, day).getYears());
		}
		return estimatedAgeYears == null ? 0 : estimatedAgeYears;
	}

	private static void checkName(String field, @Nullable String name, List<Violation> violations) {
		if (name == null || name.isBlank()) {
			violations.add(new Violation(field, "is required"));
		}
		else if (name.strip().length() > MAX_NAME_LENGTH) {
			violations.add(new Violation(field, "must be at most " + MAX_NAME_LENGTH + " characters"));
		}
	}

}

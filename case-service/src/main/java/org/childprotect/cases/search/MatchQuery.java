package org.childprotect.cases.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.InvalidCaseInput.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A child about to be registered, described well enough to look for an existing case of the same child.
 *
 * @param birthYear year of birth, known or estimated
 * @param district where the child is being registered
 */
public record MatchQuery(@Nullable String givenName, @Nullable String familyName, @Nullable Integer birthYear,
		@Nullable String district) {

	/** Ages are plausible from here on; earlier is a typing error (as for registered birth dates). */
	static final int EARLIEST_BIRTH_YEAR = ChildIdentity.EARLIEST_DATE_OF_BIRTH.getYear();

	public MatchQuery {
		givenName = givenName == null || givenName.isBlank() ? null : givenName.strip();
		familyName = familyName == null || familyName.isBlank() ? null : familyName.strip();
		district = district == null || district.isBlank() ? null : district.strip();
		List<Violation> violations = new ArrayList<>();
		if (givenName == null && familyName == null) {
			violations.add(new Violation("familyName", "give a given or a family name"));
		}
		checkLength("givenName", givenName, violations);
		checkLength("familyName", familyName, violations);
		if (birthYear != null && (birthYear < EARLIEST_BIRTH_YEAR || birthYear > LocalDate.now().getYear() + 1)) {
			violations.add(new Violation("birthYear", "must be a year from " + EARLIEST_BIRTH_YEAR + " to this year"));
		}
		if (district != null && district.length() > 32) {
			violations.add(new Violation("district", "is not a district code"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCaseInput(violations);
		}
	}

	/** The name as one text: given and family names in whatever order they were typed. */
	String fullName() {
		return (givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName);
	}

	private static void checkLength(String field, @Nullable String name, List<Violation> violations) {
		if (name != null && name.length() > ChildIdentity.MAX_NAME_LENGTH) {
			violations.add(new Violation(field, "must be at most " + ChildIdentity.MAX_NAME_LENGTH + " characters"));
		}
	}

}

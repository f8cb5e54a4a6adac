package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChildIdentityUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

	@Test
	void aKnownBirthDateGivesAnExactAgeOnTheDay() {
		ChildIdentity child = new ChildIdentity("Sokha", "Chan", Sex.FEMALE, LocalDate.of(2011, 3, 15), null);

		assertThat(child.agePrecision()).isEqualTo(AgePrecision.EXACT);
		assertThat(child.ageYearsOn(TODAY)).isEqualTo(14);
		assertThat(child.ageYearsOn(TODAY.plusDays(1))).isEqualTo(15);
	}

	@Test
	void anEstimatedAgeStaysAsRecorded() {
		ChildIdentity child = new ChildIdentity("Dara", "Kim", Sex.MALE, null, 10);

		assertThat(child.agePrecision()).isEqualTo(AgePrecision.ESTIMATED);
		assertThat(child.ageYearsOn(TODAY)).isEqualTo(10);
	}

	@Test
	void namesAreTrimmed() {
		ChildIdentity child = new ChildIdentity("  Sokha ", " Chan", Sex.FEMALE, null, 9);

		assertThat(child.givenName()).isEqualTo("Sokha");
		assertThat(child.familyName()).isEqualTo("Chan");
	}

	@Test
	void refusesBothOrNeitherOfBirthDateAndEstimate() {
		assertThatThrownBy(() -> new ChildIdentity("Sokha", "Chan", Sex.FEMALE, LocalDate.of(2015, 1, 1), 10))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					ex -> assertThat(ex.violations()).extracting(InvalidCaseInput.Violation::field)
						.containsExactly("dateOfBirth"));
		assertThatThrownBy(() -> new ChildIdentity("Sokha", "Chan", Sex.FEMALE, null, null))
			.isInstanceOf(InvalidCaseInput.class);
	}

	@Test
	void refusesAnEstimatedAgeOutsideChildhood() {
		assertThatThrownBy(() -> new ChildIdentity("Dara", "Kim", Sex.MALE, null, 18))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					ex -> assertThat(ex.violations()).extracting(InvalidCaseInput.Violation::field)
						.containsExactly("estimatedAgeYears"));
		assertThatThrownBy(() -> new ChildIdentity("Dara", "Kim", Sex.MALE, null, -1))
			.isInstanceOf(InvalidCaseInput.class);
	}

	@Test
	void reportsEveryBadNameAtOnceWithoutQuotingIt() {
		String longName = "x".repeat(101);

		assertThatThrownBy(() -> new ChildIdentity(" ", longName, Sex.MALE, null, 5))
			.isInstanceOfSatisfying(InvalidCaseInput.class, ex -> {
				assertThat(ex.violations()).extracting(InvalidCaseInput.Violation::field)
					.containsExactly("givenName", "familyName");
				assertThat(ex.getMessage()).doesNotContain(longName);
			});
	}

	@Test
	void refusesBirthDatesInTheFutureOrBeforeTheEarliestAccepted() {
		ChildIdentity tomorrow = new ChildIdentity("Sokha", "Chan", Sex.FEMALE, TODAY.plusDays(1), null);
		ChildIdentity tooEarly = new ChildIdentity("Sokha", "Chan", Sex.FEMALE, LocalDate.of(1989, 12, 31), null);
		ChildIdentity today = new ChildIdentity("Sokha", "Chan", Sex.FEMALE, TODAY, null);

		assertThatThrownBy(() -> tomorrow.requirePlausibleOn(TODAY)).isInstanceOf(InvalidCaseInput.class)
			.hasMessageContaining("future");
		assertThatThrownBy(() -> tooEarly.requirePlausibleOn(TODAY)).isInstanceOf(InvalidCaseInput.class)
			.hasMessageContaining("1990-01-01");
		today.requirePlausibleOn(TODAY);
	}

}

package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Birth dates and ages as clerks write them on the day of import 2026-03-14. */
class BirthDatesUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = { "2012-05-03|date:2012-05-03", "2012/05/03|date:2012-05-03",
			"2012-05-03 00:00:00|date:2012-05-03", "03/05/2012|date:2012-05-03", "3/5/2012|date:2012-05-03",
			"03-05-2012|date:2012-05-03", "03.05.2012|date:2012-05-03", "3-May-2012|date:2012-05-03",
			"03 may 2012|date:2012-05-03", "3 MAY 12|date:2012-05-03", "3rd May 2012|date:2012-05-03",
			"May 3, 2012|date:2012-05-03", "3 ឧសភា 2012|date:2012-05-03", "៣ ឧសភា ២០១២|date:2012-05-03",
			"12/12/99|date:1999-12-12", "2012|year:2012", "05/2012|month:2012-05", "5-2012|month:2012-05",
			"2012-05|month:2012-05", "May 2012|month:2012-05", "about 12 years|age:12", "~12|age:12",
			"approx. 12 yrs|age:12", "12 years old|age:12", "ប្រហែល ១២ ឆ្នាំ|age:12", "8 months|age:0" })
	void understoodInTheDateColumn(String written, String meaning) {
		assertThat(BirthDates.read(written, "", TODAY).birth().canonical()).isEqualTo(meaning);
	}

	@ParameterizedTest(name = "age \"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = { "12|age:12", "about 12|age:12", "12 yrs|age:12", "១២|age:12",
			"12.5|age:12", "0|age:0", "c. 7|age:7" })
	void understoodInTheAgeColumn(String written, String meaning) {
		assertThat(BirthDates.read("", written, TODAY).birth().canonical()).isEqualTo(meaning);
	}

	@ParameterizedTest(name = "\"{0}\": {1}")
	@CsvSource(delimiter = '|', value = { "31/02/2012|is not a calendar date", "05/23/2012|write the day first",
			"2027|is in the future", "12/2026|is in the future", "1985-01-01|is before 1990", "12|is not a date",
			"soon|is not a date", "13/2012|has no month 13", "about 30 years|is over 17" })
	void refusedInTheDateColumn(String written, String reason) {
		BirthDates.Reading reading = BirthDates.read(written, "", TODAY);

		assertThat(reading.birth()).isNull();
		assertThat(reading.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.column()).isEqualTo(Column.DATE_OF_BIRTH);
			assertThat(problem.message()).contains(reason);
		});
	}

	@Test
	void yearOnlyStandsInTheMiddleOfTheYearAndNeverInTheFuture() {
		Birth lastYear = BirthDates.read("2025", "", TODAY).birth();
		Birth thisYear = BirthDates.read("2026", "", TODAY).birth();

		assertThat(lastYear.dateOfBirth()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(lastYear.approximate()).isTrue();
		assertThat(thisYear.dateOfBirth()).isEqualTo(TODAY);
		assertThat(BirthDates.read("06/2012", "", TODAY).birth().dateOfBirth()).isEqualTo(LocalDate.of(2012, 6, 15));
	}

	@Test
	void aDateAndAnAgeMustAgreeWithinAYear() {
		assertThat(BirthDates.read("03/05/2012", "13", TODAY).birth().canonical()).isEqualTo("date:2012-05-03");
		assertThat(BirthDates.read("03/05/2012", "14", TODAY).problems()).isEmpty();
		assertThat(BirthDates.read("03/05/2012", "9", TODAY).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("makes the child 13 today"));
	}

	@Test
	void neitherDateNorAgeIsAProblem() {
		assertThat(BirthDates.read(" ", "", TODAY).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).isEqualTo("give a date of birth or an age"));
	}

	@Test
	void anAgeImpliesABirthYearForTheDuplicateCheck() {
		assertThat(BirthDates.read("", "about 12", TODAY).birth().birthYear(TODAY)).isEqualTo(2014);
		assertThat(BirthDates.read("2012", "", TODAY).birth().birthYear(TODAY)).isEqualTo(2012);
	}

}

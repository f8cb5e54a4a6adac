package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Header rows as clerks write them: any order, either language, hints, stray columns. */
class ColumnLayoutUnitTests {

	@Test
	void titlesMatchInEnglishOrKhmerWhateverTheCaseHintsOrPunctuation() {
		ColumnLayout layout = ColumnLayout.of(new SourceRow(1, List.of("RISK", "Form No.", "ស្រុក/ខណ្ឌ", "នាមខ្លួន",
				"SURNAME", "Gender", "Date of birth (dd/mm/yyyy)", "concern_codes", "Remarks", "")));

		assertThat(layout.positions()).containsEntry(Column.RISK_LEVEL, 0)
			.containsEntry(Column.PAPER_FORM_NUMBER, 1)
			.containsEntry(Column.DISTRICT, 2)
			.containsEntry(Column.GIVEN_NAME, 3)
			.containsEntry(Column.FAMILY_NAME, 4)
			.containsEntry(Column.SEX, 5)
			.containsEntry(Column.DATE_OF_BIRTH, 6)
			.containsEntry(Column.CONCERNS, 7)
			.doesNotContainKey(Column.AGE);
		assertThat(layout.ignored()).containsExactly("Remarks");
	}

	@Test
	void missingRequiredColumnsAreNamed() {
		assertThatThrownBy(() -> ColumnLayout.of(new SourceRow(1, List.of("Given name", "Family name", "Sex"))))
			.isInstanceOf(UnreadableFile.class)
			.hasMessageContaining(
					"missing columns: Paper form number, District, Concerns, Risk level, Date of birth or Age (years)");
	}

	@Test
	void aColumnGivenTwiceIsAmbiguous() {
		assertThatThrownBy(() -> ColumnLayout.of(new SourceRow(1, List.of("Paper form number", "District", "Given name",
				"Family name", "Sex", "Age", "Concerns", "Risk level", "age"))))
			.isInstanceOf(UnreadableFile.class)
			.hasMessageContaining("\"Age (years)\" appears twice (columns F and I)");
	}

	@Test
	void theColumnsAnErrorReportAddsAreNotImportedAgain() {
		ColumnLayout layout = ColumnLayout.of(new SourceRow(1, List.of("Paper form number", "District", "Given name",
				"Family name", "Sex", "Age", "Concerns", "Risk level", "Row in original file", "Problems")));

		assertThat(layout.ignored()).isEmpty();
	}

}

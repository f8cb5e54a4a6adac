package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.cases.AgePrecision;
import org.childprotect.cases.CaseSource;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.Labels;
import org.childprotect.cases.reference.ReferenceCode;
import org.junit.jupiter.api.Test;

/** One row of a paper file judged by the case rules, with the reference data of the dev realm's districts. */
class PaperRecordReaderUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

	private static final CodeBook CODES = new CodeBook(
			List.of(district("KH-PP", "Phnom Penh", "ភ្នំពេញ"), district("KH-SR", "Siem Reap", "សៀមរាប")),
			List.of(code("concerns", "NEGLECT", "Neglect", "ការធ្វេសប្រហែស"),
					code("concerns", "OCSEA_GROOMING", "Online grooming", "ការលួងលោមកុមារតាមអនឡាញ"),
					code("concerns", "CHILD_LABOUR", "Child labour", "ពលកម្មកុមារ")),
			List.of(code("riskLevels", "HIGH", "High", "ខ្ពស់"), code("riskLevels", "LOW", "Low", "ទាប")),
			List.of(code("sexes", "FEMALE", "Female", "ស្រី"), code("sexes", "MALE", "Male", "ប្រុស"),
					code("sexes", "UNKNOWN", "Unknown", "មិនដឹង")));

	private static final ColumnLayout LAYOUT = ColumnLayout.of(new SourceRow(1, List.of("Paper form number",
			"District", "Given name", "Family name", "Sex", "Date of birth", "Age (years)", "Concerns", "Risk level")));

	private final PaperRecordReader importerPp = new PaperRecordReader(LAYOUT, CODES, Set.of("KH-PP"), TODAY);

	@Test
	void aCleanRowBecomesAnImportRegistrationWithItsPaperForm() {
		ReadRow.Accepted row = accepted(
				importerPp.read(row(" f  0012 ", "KH-PP", "Sokha", "Chan", "F", "03/05/2012", "", "OCSEA_GROOMING", "HIGH")));

		assertThat(row.registration().source()).isEqualTo(CaseSource.IMPORT);
		assertThat(row.registration().district()).isEqualTo("KH-PP");
		assertThat(row.paperForm().number()).isEqualTo("F 0012");
		assertThat(row.paperForm().fingerprint()).isNotBlank();
		assertThat(row.registration().child().sex()).isEqualTo(Sex.FEMALE);
		assertThat(row.registration().child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 3));
		assertThat(row.registration().child().agePrecision()).isEqualTo(AgePrecision.EXACT);
		assertThat(row.birthYear()).isEqualTo(2012);
	}

	@Test
	void codesAreFoundByCodeOrLabelInEitherLanguageWhateverTheCaseAccentsOrSpacing() {
		ReadRow.Accepted row = accepted(importerPp.read(row("F-1", "  phnom  PENH ", "Sokha", "Chan", "ស្រី", "2012",
				"", "neglect; Online Grooming ;ពលកម្មកុមារ", "hígh")));

		assertThat(row.registration().concerns()).containsExactly("NEGLECT", "OCSEA_GROOMING", "CHILD_LABOUR");
		assertThat(row.registration().riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(row.registration().child().agePrecision()).isEqualTo(AgePrecision.YEAR);
		assertThat(accepted(importerPp.read(row("F-2", "kh pp", "A", "B", "m", "", "about 9", "NEGLECT", "Low")))
			.registration()
			.child()
			.agePrecision()).isEqualTo(AgePrecision.ESTIMATED);
	}

	@Test
	void theSameRecordWrittenDifferentlyKeepsItsFingerprintAndAChangeDoesNot() {
		String first = accepted(importerPp.read(row("F-1", "KH-PP", "Sokha", "Chan", "F", "03/05/2012", "",
				"NEGLECT; CHILD_LABOUR", "HIGH"))).paperForm().fingerprint();
		String rewritten = accepted(importerPp.read(row("f-1", "Phnom Penh", " Sokha ", "Chan", "Female", "2012-05-03",
				"", "Child labour, neglect", "high"))).paperForm().fingerprint();
		String corrected = accepted(importerPp.read(row("F-1", "KH-PP", "Sokha", "Chan", "F", "04/05/2012", "",
				"NEGLECT; CHILD_LABOUR", "HIGH"))).paperForm().fingerprint();

		assertThat(rewritten).isEqualTo(first);
		assertThat(corrected).isNotEqualTo(first);
	}

	@Test
	void rowsForAnotherDistrictAreRejectedForADistrictImporterButNotForANationalAdministrator() {
		SourceRow siemReap = row("F-1", "Siem Réap", "Dina", "Sao", "F", "2012", "", "NEGLECT", "LOW");

		assertThat(rejected(importerPp.read(siemReap)).problems()).singleElement()
			.satisfies(problem -> assertThat(problem.readable())
				.isEqualTo("District: KH-SR is not one of your districts (KH-PP)"));
		PaperRecordReader administrator = new PaperRecordReader(LAYOUT, CODES, Set.of(), TODAY);
		assertThat(administrator.read(siemReap)).isInstanceOf(ReadRow.Accepted.class);
	}

	@Test
	void everyProblemOfARowIsReportedAtOnce() {
		ReadRow.Rejected row = rejected(
				importerPp.read(row("", "Nowhere", "", "Chan", "X", "31/02/2012", "", "NEGLECT, BULLYING", "")));

		assertThat(row.problems()).extracting(RowProblem::readable)
			.containsExactlyInAnyOrder("Paper form number: is required",
					"District: \"Nowhere\" is not a known district; use a code or label from the Codes sheet of the template",
					"Given name: is required",
					"Sex: \"X\" is not a known sex; use a code or label from the Codes sheet of the template",
					"Risk level: is required",
					"Concerns: \"BULLYING\" is not a known concern; use codes or labels from the Codes sheet, separated by \";\"",
					"Date of birth: \"31/02/2012\" is not a calendar date");
	}

	@Test
	void unreadableCellsAreProblemsOfTheirColumn() {
		SourceRow withError = new SourceRow(7,
				List.of("F-1", "KH-PP", "A", "B", "F", "", "", "NEGLECT", "LOW"),
				Map.of(5, "the cell shows the error #N/A"));

		assertThat(rejected(importerPp.read(withError)).problems()).extracting(RowProblem::readable)
			.contains("Date of birth: the cell shows the error #N/A");
	}

	@Test
	void namesAndFormNumbersHaveTheirLimits() {
		ReadRow.Rejected row = rejected(importerPp.read(
				row("F".repeat(41), "KH-PP", "A".repeat(101), "B", "F", "2012", "", "NEGLECT", "LOW")));

		assertThat(row.problems()).extracting(RowProblem::readable)
			.containsExactlyInAnyOrder("Paper form number: must be at most 40 characters",
					"Given name: must be at most 100 characters");
	}

	@Test
	void aFormulaGuardFromTheErrorReportIsDroppedOnReupload() {
		assertThat(PaperRecordReader.unquoted("'=cmd")).isEqualTo("=cmd");
		assertThat(PaperRecordReader.unquoted("'Sokha")).isEqualTo("'Sokha");
	}

	private static SourceRow row(String... cells) {
		return new SourceRow(2, List.of(cells));
	}

	private static ReadRow.Accepted accepted(ReadRow row) {
		assertThat(row).isInstanceOf(ReadRow.Accepted.class);
		return (ReadRow.Accepted) row;
	}

	private static ReadRow.Rejected rejected(ReadRow row) {
		assertThat(row).isInstanceOf(ReadRow.Rejected.class);
		return (ReadRow.Rejected) row;
	}

	private static District district(String code, String en, String km) {
		return new District(code, new Labels(en, km), "R", new Labels("Region", "តំបន់"), 0, "test");
	}

	private static ReferenceCode code(String list, String code, String en, String km) {
		return new ReferenceCode(list + ":" + code, list, code, null, new Labels(en, km), 0, "test");
	}

}

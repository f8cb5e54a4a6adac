package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX sample files read back as a clerk sees them in Excel, not as Excel stores them. */
class XlsxRowsUnitTests {

	@TempDir
	Path scratch;

	@Test
	void datesFormulasNumbersRichTextAndErrorsReadAsTheyShow() throws IOException {
		List<SourceRow> rows = readAll("messy-cases.xlsx");

		assertThat(rows).extracting(SourceRow::number).containsExactly(1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(rows.get(0).cells()).startsWith("ស្រុក/ខណ្ឌ", "លេខទម្រង់ក្រដាស");
		SourceRow usDate = rows.get(1);
		assertThat(usDate.cells()).startsWith("KH-PP", "101", "Chan", "Sokha", "Female", "2012-05-03");
		assertThat(rows.get(2).cell(1)).as("text formula, calculated").isEqualTo("X-102");
		assertThat(rows.get(2).cell(5)).as("custom day-first date format").isEqualTo("2013-11-20");
		assertThat(rows.get(3).cell(3)).as("rich text").isEqualTo("Srey Leak");
		assertThat(rows.get(4).cell(6)).as("numeric formula, calculated").isEqualTo("12");
		assertThat(rows.get(5).cell(5)).as("date and time").isEqualTo("2012-06-15");
		assertThat(rows.get(6).unreadableCells()).containsEntry(5, "the cell shows the error #N/A");
		assertThat(rows.get(7).unreadableCells().get(5)).contains("never calculated");
		assertThat(rows.get(9).cell(5)).as("a year typed as a number").isEqualTo("2012");
		assertThat(rows.get(9).cell(8)).isEqualTo("TRUE");
		assertThat(rows.get(10).cell(1)).as("leading zero of a text cell").isEqualTo("0110");
		assertThat(rows).noneMatch(row -> row.cells().contains("X-999"));
	}

	@Test
	void inlineStringsAndThe1904DateSystem() throws IOException {
		List<SourceRow> rows = readAll("inline-1904.xlsx");

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).cells()).containsExactly("IN-1", "KH-PP", "Kosal", "Pich", "M", "2011-03-07", "NEGLECT",
				"MEDIUM");
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedInWords() throws IOException {
		Path notXlsx = scratch.resolve("fake.xlsx");
		Files.write(notXlsx, new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });

		assertThatThrownBy(() -> new XlsxRows(notXlsx, scratch)).isInstanceOf(UnreadableFile.class)
			.hasMessageContaining("not a readable XLSX workbook");
	}

	@Test
	void sharedStringsLeaveNoTemporaryFileBehind() throws IOException {
		readAll("messy-cases.xlsx");

		try (var left = Files.list(scratch)) {
			assertThat(left.filter(path -> path.getFileName().toString().startsWith("sst-"))).isEmpty();
		}
	}

	@Test
	void columnReferencesBecomeIndexes() {
		assertThat(XlsxRows.columnOf("A1")).isZero();
		assertThat(XlsxRows.columnOf("Z9")).isEqualTo(25);
		assertThat(XlsxRows.columnOf("AB12")).isEqualTo(27);
		assertThat(ColumnLayout.letters(27)).isEqualTo("AB");
	}

	private List<SourceRow> readAll(String sample) throws IOException {
		Path file = scratch.resolve(sample);
		try (InputStream in = getClass().getResourceAsStream("/imports/" + sample)) {
			Files.copy(in, file);
		}
		List<SourceRow> rows = new ArrayList<>();
		try (XlsxRows source = new XlsxRows(file, scratch)) {
			for (SourceRow row = source.next(); row != null; row = source.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

}

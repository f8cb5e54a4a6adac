package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 defines it and as Excel, LibreOffice and hand editing really produce it. */
class CsvRowsUnitTests {

	@Test
	void commaSeparatedWithQuotedSeparatorsQuotesAndLineBreaks() throws IOException {
		List<SourceRow> rows = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n1,,3\r\n",
				StandardCharsets.UTF_8);

		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).cells()).containsExactly("x, y", "say \"hi\"", "two\r\nlines");
		assertThat(rows.get(2).cells()).containsExactly("1", "", "3");
		assertThat(rows.get(2).number()).as("a quoted line break does not start a row").isEqualTo(3);
	}

	@Test
	void semicolonsAreRecognisedFromTheHeader() throws IOException {
		CsvRows csv = new CsvRows(in("Name;Date of birth;Note\nSok;03/05/2012;\"a, b; c\"\n", StandardCharsets.UTF_8));

		assertThat(csv.delimiter()).isEqualTo(';');
		csv.next();
		assertThat(csv.next().cells()).containsExactly("Sok", "03/05/2012", "a, b; c");
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstTitle() throws IOException {
		List<SourceRow> rows = read("\ufeffForm No.,District\nF1,KH-PP\n", StandardCharsets.UTF_8);

		assertThat(rows.get(0).cells()).containsExactly("Form No.", "District");
	}

	@Test
	void unicodeTextWithItsByteOrderMarkIsReadToo() throws IOException {
		byte[] utf16 = "\ufeffនាមខ្លួន\tភេទ\r\nសុខា\tស្រី\r\n".getBytes(StandardCharsets.UTF_16LE);

		List<SourceRow> rows = read(utf16);

		assertThat(rows.get(1).cells()).containsExactly("សុខា", "ស្រី");
	}

	@Test
	void everyKindOfLineEndAndBlankLinesBetweenRows() throws IOException {
		List<SourceRow> rows = read("h1,h2\rA,1\n\r\n,\nB,2\r\n\r\n", StandardCharsets.UTF_8);

		assertThat(rows).extracting(row -> row.cell(0)).containsExactly("h1", "A", "B");
		assertThat(rows).extracting(SourceRow::number).containsExactly(1, 2, 5);
	}

	@Test
	void theLastRowMayEndWithoutALineBreak() throws IOException {
		assertThat(read("a,b\n1,2", StandardCharsets.UTF_8)).hasSize(2);
	}

	@Test
	void textThatIsNotUtf8IsRefusedWithAHint() {
		byte[] latin1 = "Name\nNégligence\n".getBytes(Charset.forName("ISO-8859-1"));

		assertThatThrownBy(() -> read(latin1)).isInstanceOf(UnreadableFile.class).hasMessageContaining("CSV UTF-8");
	}

	@Test
	void anUnclosedQuoteIsNamedWithItsRow() {
		assertThatThrownBy(() -> read("a,b\n1,\"never closed\n2,3\n", StandardCharsets.UTF_8))
			.isInstanceOf(UnreadableFile.class)
			.hasMessageContaining("row 2")
			.hasMessageContaining("never closed");
	}

	@Test
	void aRunawayValueStopsAtItsLimitInsteadOfFillingMemory() {
		String runaway = "a\n\"" + "x".repeat(CsvRows.MAX_FIELD_LENGTH + 10);

		assertThatThrownBy(() -> read(runaway, StandardCharsets.UTF_8)).isInstanceOf(UnreadableFile.class)
			.hasMessageContaining("longer than");
	}

	private static List<SourceRow> read(String text, Charset charset) throws IOException {
		return read(text.getBytes(charset));
	}

	private static List<SourceRow> read(byte[] bytes) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		try (CsvRows csv = new CsvRows(new ByteArrayInputStream(bytes))) {
			for (SourceRow row = csv.next(); row != null; row = csv.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static ByteArrayInputStream in(String text, Charset charset) {
		return new ByteArrayInputStream(text.getBytes(charset));
	}

}

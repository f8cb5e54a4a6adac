package org.childprotect.cases.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV the way Excel reads it back without surprises: every field quoted, CRLF line ends, and values that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) prefixed with a quote
 * mark, which the import removes again.
 */
final class CsvOut {

	/** Excel needs the byte-order mark to read UTF-8 (and so Khmer) correctly. */
	static final char BYTE_ORDER_MARK = '\ufeff';

	private CsvOut() {
	}

	static void row(Writer out, List<String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write('"');
			String value = values.get(i);
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				out.write('\'');
			}
			out.write(value.replace("\"", "\"\""));
			out.write('"');
		}
		out.write("\r\n");
	}

}

package org.childprotect.cases.imports;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a row, in words a clerk can act on. May quote what the clerk wrote in a code or date cell
 * (the report goes back to the office that uploaded the file), but it is never logged.
 *
 * @param column the column at fault, or {@code null} when the row as a whole is the problem
 */
record RowProblem(@Nullable Column column, String message) {

	String readable() {
		return column == null ? message : column.title(TemplateLanguage.EN) + ": " + message;
	}

}

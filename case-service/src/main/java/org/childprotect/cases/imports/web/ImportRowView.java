package org.childprotect.cases.imports.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.childprotect.cases.imports.ReportRow;
import org.jspecify.annotations.Nullable;

/**
 * One row of a job's report: its number in the file, what became of it, the problems, and the values as uploaded
 * keyed by the file's own column titles (shown to the office that uploaded them, nobody else).
 */
record ImportRowView(int row, ReportRow.RowOutcome outcome, List<Problem> problems, Map<String, String> values,
		@Nullable String caseNumber, List<Match> matches) {

	record Problem(@Nullable String column, String message) {
	}

	/** A case the row may duplicate, or in a dry run an earlier row of the file ({@code row}). */
	record Match(@Nullable String caseId, @Nullable String caseNumber, double score, @Nullable Integer row) {
	}

	static ImportRowView of(ReportRow row, List<String> header) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String title = header.get(i).isBlank() ? "column " + (i + 1) : header.get(i);
			values.putIfAbsent(title, i < row.values().size() ? row.values().get(i) : "");
		}
		return new ImportRowView(row.row(), row.outcome(),
				row.problems().stream().map(p -> new Problem(p.column(), p.message())).toList(), values,
				row.caseNumber(), row.matches().stream().map(m -> new Match(m.caseId(), m.caseNumber(), m.score(), m.row())).toList());
	}

}

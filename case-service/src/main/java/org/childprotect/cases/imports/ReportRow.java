package org.childprotect.cases.imports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A row of a job's report: a row that was rejected, that conflicts with an earlier import, or that was imported
 * but looks like a case already in the system. Keeps the row's original cells so the clerk can correct it, and
 * therefore expires ({@code expiresAt}) instead of living as long as the job.
 *
 * @param row the row number in the uploaded file
 * @param values the cells as uploaded, one per header column of the job
 * @param caseNumber the case the row relates to: the earlier import for a conflict, the new case for a flagged one
 */
@Document(ReportRow.COLLECTION)
public record ReportRow(@Id String id, String jobId, int row, RowOutcome outcome, List<String> values,
		List<Problem> problems, @Nullable String caseNumber, List<PossibleMatch> matches, Instant expiresAt) {

	public static final String COLLECTION = "import_rows";

	public ReportRow {
		values = List.copyOf(values);
		problems = List.copyOf(problems);
		matches = List.copyOf(matches);
	}

	/** What the report says about a row. */
	public enum RowOutcome {

		/** Not imported: at least one cell is wrong or missing. */
		REJECTED,
		/** Not imported: the paper form was imported before with different content. */
		CONFLICT,
		/** Imported, but may be the same child as a case already in the system. */
		POSSIBLE_DUPLICATE

	}

	/** @param column the template column title at fault, or {@code null} for the row as a whole */
	public record Problem(@Nullable String column, String message) {

		String readable() {
			return column == null ? message : column + ": " + message;
		}

	}

	/**
	 * A case the row may duplicate, or, in a dry run, which registers no case to name, an earlier row of the same
	 * file. Case numbers and row numbers only: the report shows no other child's name.
	 *
	 * @param row the earlier row's number in the file, when the match is a row and not a case
	 */
	public record PossibleMatch(@Nullable String caseId, @Nullable String caseNumber, double score,
			@Nullable Integer row) {

		static PossibleMatch ofCase(String caseId, String caseNumber, double score) {
			return new PossibleMatch(caseId, caseNumber, score, null);
		}

		static PossibleMatch ofRow(int row, double score) {
			return new PossibleMatch(null, null, score, row);
		}

	}

}

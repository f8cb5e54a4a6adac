package org.childprotect.cases.imports;

/**
 * What became of the rows of a job so far. In a dry run, {@code imported} counts the rows that would be imported.
 *
 * @param rowsRead data rows read from the file (blank rows are not rows)
 * @param valid rows that passed every check
 * @param rejected rows with at least one problem; listed in the error report
 * @param imported cases created (or, in a dry run, that would be created)
 * @param unchanged valid rows whose paper form was already imported with the same content (by an earlier job or
 * earlier in this file): nothing is created for them
 * @param conflicts valid rows whose paper form was imported before with different content: not overwritten,
 * listed in the error report
 * @param possibleDuplicates imported rows that look like a case already in the system; flagged, never merged
 */
public record ImportCounts(long rowsRead, long valid, long rejected, long imported, long unchanged, long conflicts,
		long possibleDuplicates) {

	public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0, 0);

	ImportCounts plus(ImportCounts other) {
		return new ImportCounts(rowsRead + other.rowsRead, valid + other.valid, rejected + other.rejected,
				imported + other.imported, unchanged + other.unchanged, conflicts + other.conflicts,
				possibleDuplicates + other.possibleDuplicates);
	}

}

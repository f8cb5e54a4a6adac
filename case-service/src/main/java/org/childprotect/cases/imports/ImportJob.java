package org.childprotect.cases.imports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One upload and what became of it. Holds no personal data (file name, hash, counts, column titles), so it is kept
 * as the lasting record of the import: who, when, which file, with what result. The rows of its report are kept
 * apart and expire.
 *
 * @param fileSha256 hex SHA-256 of the uploaded bytes; the same file uploaded again is recognised by it
 * @param rowsTotal data rows counted when the file was accepted, for the progress bar
 * @param header the header row as written, for the error report's columns
 * @param ignoredColumns header titles the template does not know; their cells were not imported
 * @param sameFileAs an earlier import of the very same file, if any: this run then normally creates nothing
 * @param heartbeatAt when the runner last reported progress; a running job that stops beating was interrupted
 * @param failure what stopped a failed job, in words for the importer
 */
@Document(ImportJob.COLLECTION)
public record ImportJob(@Id String id, Importer importer, String fileName, FileFormat format, String fileSha256,
		long fileSize, boolean dryRun, ImportStatus status, long rowsTotal, ImportCounts counts, List<String> header,
		List<String> ignoredColumns, @Nullable EarlierImport sameFileAs, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable Instant heartbeatAt, boolean cancelRequested,
		@Nullable String failure) {

	public static final String COLLECTION = "import_jobs";

	public ImportJob {
		header = List.copyOf(header);
		ignoredColumns = List.copyOf(ignoredColumns);
	}

	public ImportJobId jobId() {
		return ImportJobId.of(id);
	}

	/** An earlier job that imported the same bytes. */
	public record EarlierImport(String jobId, String username, Instant finishedAt, long imported) {
	}

}

package org.childprotect.cases.imports.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.childprotect.cases.imports.FileFormat;
import org.childprotect.cases.imports.ImportCounts;
import org.childprotect.cases.imports.ImportJob;
import org.childprotect.cases.imports.ImportStatus;
import org.jspecify.annotations.Nullable;

/**
 * An import job as the import page shows it: what was uploaded, by whom, how far it has got and what became of
 * the rows. {@code summary} says the outcome in one English sentence for API users; the UI words it itself.
 */
record ImportJobView(String id, String fileName, FileFormat format, boolean dryRun, ImportStatus status,
		String importedBy, Set<String> districts, String fileSha256, long fileSize, long rowsTotal, ImportCounts counts,
		Progress progress, @Nullable EarlierImport sameFileAs, List<String> ignoredColumns, @Nullable String failure,
		boolean cancelRequested, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
		String summary) {

	/**
	 * @param percent share of the file's rows read, 0–100
	 * @param rowsPerSecond rows read per second since the job started
	 * @param secondsLeft estimated time to the end at that rate; {@code null} until there is a rate
	 */
	record Progress(int percent, double rowsPerSecond, @Nullable Long secondsLeft) {
	}

	record EarlierImport(String jobId, String importedBy, Instant finishedAt, long imported) {
	}

	static ImportJobView of(ImportJob job, Clock clock) {
		ImportJob.EarlierImport earlier = job.sameFileAs();
		return new ImportJobView(job.id(), job.fileName(), job.format(), job.dryRun(), job.status(),
				job.importer().username(), new TreeSet<>(job.importer().districts()), job.fileSha256(), job.fileSize(),
				job.rowsTotal(), job.counts(), progress(job, clock),
				earlier == null ? null
						: new EarlierImport(earlier.jobId(), earlier.username(), earlier.finishedAt(), earlier.imported()),
				job.ignoredColumns(), job.failure(), job.cancelRequested(), job.createdAt(), job.startedAt(),
				job.finishedAt(), summary(job));
	}

	private static Progress progress(ImportJob job, Clock clock) {
		long read = job.counts().rowsRead();
		int percent = job.status() == ImportStatus.COMPLETED || job.rowsTotal() == 0 && job.status().isFinished() ? 100
				: job.rowsTotal() == 0 ? 0 : (int) Math.min(100, read * 100 / job.rowsTotal());
		if (job.startedAt() == null || read == 0) {
			return new Progress(percent, 0, null);
		}
		Instant end = job.finishedAt() != null ? job.finishedAt() : clock.instant();
		double seconds = Math.max(0.001, Duration.between(job.startedAt(), end).toMillis() / 1000.0);
		double rate = read / seconds;
		Long left = job.status().isFinished() ? Long.valueOf(0)
				: Long.valueOf((long) Math.ceil(Math.max(0, job.rowsTotal() - read) / rate));
		return new Progress(percent, Math.round(rate * 10) / 10.0, left);
	}

	private static String summary(ImportJob job) {
		ImportCounts c = job.counts();
		String created = job.dryRun() ? "would create" : "created";
		return switch (job.status()) {
			case QUEUED -> "Waiting to start.";
			case RUNNING -> "Read %d of %d rows.".formatted(c.rowsRead(), job.rowsTotal());
			case COMPLETED -> {
				String outcome = "%s%d rows read: %s %d cases, %d already imported unchanged, %d rejected, %d conflicts, %d possible duplicates."
					.formatted(job.dryRun() ? "Dry run, nothing was saved. " : "", c.rowsRead(), created, c.imported(),
							c.unchanged(), c.rejected(), c.conflicts(), c.possibleDuplicates());
				if (job.sameFileAs() != null && c.imported() == 0) {
					outcome = "This file was already imported on " + job.sameFileAs().finishedAt() + " by "
							+ job.sameFileAs().username() + "; nothing new was " + (job.dryRun() ? "found. " : "created. ")
							+ outcome;
				}
				yield outcome;
			}
			case CANCELLED -> "Cancelled after %d rows; %d cases %s stay.".formatted(c.rowsRead(), c.imported(),
					job.dryRun() ? "counted" : "created");
			case FAILED, INTERRUPTED -> job.failure() == null ? "Stopped." : job.failure();
		};
	}

}

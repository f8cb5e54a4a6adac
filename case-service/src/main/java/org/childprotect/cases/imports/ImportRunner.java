package org.childprotect.cases.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.PaperForm;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import job from its spooled file to its final counts. Rows travel in batches: each batch is validated,
 * checked against the paper forms already stored (idempotency), against similar cases (possible duplicates), then
 * stored, and progress is written after it. A batch is the unit of cancellation and of loss on a crash; what a
 * crash leaves half done, the next upload of the same file finishes, because stored forms are recognised.
 * <p>
 * Three threads share the work so that this process and the database are busy at the same time: while one batch
 * is being stored, the job's own thread reads, validates and prepares the next, and a third writes the report rows
 * of the one before. The duplicate check of a batch waits for the batch before it to have its search terms filed
 * (its cases are then known to the check, stored yet or not; one that cannot be stored after all is taken out of
 * the matches), and compares each row with the rows before it in its own batch as well, so every row is compared
 * with every case registered before it, wherever the batches happen to be cut. A dry run compares each row with
 * all the file's rows before it, which it holds in memory since it stores nothing.
 */
@Component
class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final ImportReports reports;

	private final ImportFiles files;

	private final ImportedCases importedCases;

	private final Cases cases;

	private final DuplicateCheck duplicates;

	private final ReferenceData referenceData;

	private final AuditTrail auditTrail;

	private final ImportProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	private volatile boolean stopping;

	ImportRunner(ImportJobs jobs, ImportReports reports, ImportFiles files, ImportedCases importedCases, Cases cases,
			DuplicateCheck duplicates, ReferenceData referenceData, AuditTrail auditTrail, ImportProperties properties,
			Clock clock, MeterRegistry meters) {
		this.jobs = jobs;
		this.reports = reports;
		this.files = files;
		this.importedCases = importedCases;
		this.cases = cases;
		this.duplicates = duplicates;
		this.referenceData = referenceData;
		this.auditTrail = auditTrail;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	/** Asks running jobs to stop after their current batch; they are left interrupted, to be uploaded again. */
	void stop() {
		stopping = true;
	}

	void run(ImportJob job) {
		Path file = files.spooled(job.jobId());
		try {
			if (!jobs.start(job.jobId(), clock.instant())) {
				return;
			}
			runStarted(job, file);
		}
		finally {
			files.delete(file);
		}
	}

	private void runStarted(ImportJob job, Path file) {
		Run run = new Run(job);
		ImportStatus status;
		String failure = null;
		try {
			status = run.readAll(file);
		}
		catch (UnreadableFile unreadable) {
			status = ImportStatus.FAILED;
			failure = unreadable.getMessage();
		}
		catch (IOException | RuntimeException ex) {
			// The class only: storage and parser messages can quote cell values.
			log.error("Import job {} stopped by {}", job.id(), ex.getClass().getName());
			status = ImportStatus.FAILED;
			failure = "The import stopped on an unexpected error after row " + run.lastRow + ". Rows imported so far "
					+ "stay; upload the same file again to finish it.";
		}
		Instant now = clock.instant();
		if (status == ImportStatus.INTERRUPTED) {
			jobs.interrupt(job.jobId(), run.counts, now);
		}
		else if (status != null) {
			jobs.finish(job.jobId(), status, run.counts, now, failure);
		}
		ImportStatus recorded = status == null ? ImportStatus.INTERRUPTED : status;
		auditTrail.record(job.importer().asCaller(), AuditAction.IMPORT_JOB_FINISHED, List.of(), List.of(),
				summary(job, recorded, run.counts));
		Counter.builder("childprotect.imports.jobs")
			.description("Import jobs finished, by outcome")
			.tag("status", recorded.name())
			.tag("dryRun", Boolean.toString(job.dryRun()))
			.register(meters)
			.increment();
	}

	/** The job's audit line: who is the entry's actor; this says which file and what came of it. */
	static String summary(ImportJob job, ImportStatus status, ImportCounts counts) {
		return ("import job %s %s%s: file sha256 %s, %d bytes; rows read %d, valid %d, rejected %d, imported %d, "
				+ "unchanged %d, conflicts %d, possible duplicates %d")
			.formatted(job.id(), status, job.dryRun() ? " (dry run)" : "", job.fileSha256(), job.fileSize(),
					counts.rowsRead(), counts.valid(), counts.rejected(), counts.imported(), counts.unchanged(),
					counts.conflicts(), counts.possibleDuplicates());
	}

	/** The state of one job while it runs. */
	private final class Run {

		private final ImportJob job;

		private final Instant reportExpiresAt;

		/** Written by the store thread only; read by the job's thread after waiting for it. */
		private volatile ImportCounts counts = ImportCounts.NONE;

		private int lastRow;

		private int rowsSeen;

		private @Nullable ColumnLayout layout;

		private final ExecutorService storeThread = Executors.newSingleThreadExecutor(daemon("import-store"));

		/** Writes the report rows of stored batches, off the store thread, which the next batch waits for. */
		private final ExecutorService reportThread = Executors.newSingleThreadExecutor(daemon("import-report"));

		/** The report rows being written; at most one batch's, so that memory stays bounded. */
		private volatile @Nullable Future<?> reportInFlight;

		private final DuplicateCheck.Session duplicateCheck;

		/** Ids of the cases the batch stored last could not store after all; used by the store thread only. */
		private Set<String> notStoredBefore = Set.of();

		/** Completed once the batch being stored has its search terms filed; null when none is under way. */
		private @Nullable Future<Void> filedInFlight;

		/** The batch being stored, answering what to do next; null when none is under way. */
		private @Nullable Future<ImportStatus> inFlight;

		Run(ImportJob job) {
			this.job = job;
			this.duplicateCheck = duplicates.forJob(job.dryRun());
			this.reportExpiresAt = clock.instant().plus(properties.reportRetention());
		}

		/**
		 * Returns the final status, or {@code null} when the job is no longer this runner's to finish; the report
		 * of every batch stored is written by then, even when the job fails.
		 */
		@Nullable ImportStatus readAll(Path file) throws IOException {
			ImportStatus status;
			try {
				status = readRows(file);
			}
			catch (IOException | RuntimeException | Error ex) {
				try {
					awaitReport();
				}
				catch (RuntimeException reportFailed) {
					ex.addSuppressed(reportFailed);
				}
				throw ex;
			}
			finally {
				storeThread.shutdownNow();
			}
			try {
				awaitReport();
			}
			finally {
				reportThread.shutdownNow();
			}
			return status;
		}

		private @Nullable ImportStatus readRows(Path file) throws IOException {
			try (RowSource rows = files.open(file, job.format())) {
				SourceRow header = rows.next();
				if (header == null) {
					throw new UnreadableFile("The file has no header row.");
				}
				layout = ColumnLayout.of(header);
				LocalDate today = LocalDate.now(clock);
				PaperRecordReader reader = new PaperRecordReader(layout, CodeBook.of(referenceData.catalogue()),
						job.importer().importDistricts(), today);
				FileKeys seen = new FileKeys(job.rowsTotal());
				List<ReadRow> batch = new ArrayList<>(properties.batchSize());
				for (SourceRow row = rows.next(); row != null; row = rows.next()) {
					if (++rowsSeen > properties.maxRows()) {
						throw new TooManyRows(properties.maxRows());
					}
					batch.add(reader.read(row));
					lastRow = row.number();
					if (batch.size() == properties.batchSize()) {
						ImportStatus next = step(batch, seen);
						batch = new ArrayList<>(properties.batchSize());
						if (next != ImportStatus.RUNNING) {
							return next;
						}
					}
				}
				if (!batch.isEmpty()) {
					ImportStatus next = step(batch, seen);
					if (next != ImportStatus.RUNNING) {
						return next;
					}
				}
				ImportStatus last = awaitStored();
				return last == ImportStatus.RUNNING ? ImportStatus.COMPLETED : last;
			}
		}

		/**
		 * Decides what becomes of each row of a batch and prepares its cases while the batch before is still being
		 * stored, then hands it to the store thread. Answers RUNNING to go on, or the status to stop with.
		 */
		private @Nullable ImportStatus step(List<ReadRow> batch, FileKeys seen) {
			Tally tally = new Tally();
			List<ReportRow> report = new ArrayList<>();
			List<ReadRow.Accepted> fresh = new ArrayList<>();
			for (ReadRow row : batch) {
				tally.read++;
				if (row instanceof ReadRow.Rejected rejected) {
					tally.rejected++;
					report.add(reportRow(rejected.source(), ReportRow.RowOutcome.REJECTED,
							rejected.problems().stream().map(ImportRunner::problem).toList(), null, List.of()));
					continue;
				}
				ReadRow.Accepted accepted = (ReadRow.Accepted) row;
				tally.valid++;
				PaperForm form = accepted.paperForm();
				FileKeys.FirstSeen earlier = seen.putIfAbsent(form.district(), form.number(), fingerprint(form),
						accepted.source().number());
				if (earlier == null) {
					fresh.add(accepted);
				}
				else if (earlier.fingerprintCode() == FileKeys.fingerprintCode(fingerprint(form))) {
					tally.unchanged++;
				}
				else {
					tally.conflicts++;
					report.add(reportRow(accepted.source(), ReportRow.RowOutcome.CONFLICT,
							List.of(new ReportRow.Problem(null, "paper form " + form.number() + " of " + form.district()
									+ " is also in row " + earlier.row() + " of this file, with different content; "
									+ "only row " + earlier.row() + " is imported")),
							null, List.of()));
				}
			}
			// Forms of earlier imports; forms earlier in this file are in `seen` already, stored or not yet.
			List<ReadRow.Accepted> toCreate = withoutStoredForms(fresh, tally, report);
			ImportedCases.Prepared prepared = job.dryRun() ? ImportedCases.Prepared.NOTHING
					: importedCases.prepare(toCreate, job.importer());
			// Once the batch before has its search terms filed, this one is compared with it (and with every case
			// before it) while its cases are still being inserted.
			awaitFiled();
			List<List<ReportRow.PossibleMatch>> matches = toCreate.isEmpty() ? List.of()
					: duplicateCheck.possibleMatches(toCreate.stream()
						.map(row -> new DuplicateCheck.Probe(row.source().number(), row.registration().child().givenName(),
								row.registration().child().familyName(), row.birthYear(), row.registration().district()))
						.toList(), prepared.opened().stream().map(ImportedCases.Created::childCase).toList());
			Map<ReadRow.Accepted, List<ReportRow.PossibleMatch>> matchesByRow = new IdentityHashMap<>();
			for (int i = 0; i < toCreate.size(); i++) {
				if (!matches.get(i).isEmpty()) {
					matchesByRow.put(toCreate.get(i), matches.get(i));
				}
			}
			ImportStatus previous = awaitStored();
			if (previous != ImportStatus.RUNNING) {
				return previous;
			}
			CompletableFuture<Void> filed = new CompletableFuture<>();
			filedInFlight = filed;
			inFlight = storeThread.submit(() -> store(toCreate, prepared, matchesByRow, tally, report, filed));
			return ImportStatus.RUNNING;
		}

		/**
		 * Stores a decided batch, records its report and progress; runs on the store thread. Says when the batch's
		 * search terms are filed, which is all the next batch's duplicate check needs of it.
		 */
		private @Nullable ImportStatus store(List<ReadRow.Accepted> toCreate, ImportedCases.Prepared prepared,
				Map<ReadRow.Accepted, List<ReportRow.PossibleMatch>> matchesByRow, Tally tally, List<ReportRow> report,
				CompletableFuture<Void> filed) {
			try {
				importedCases.fileSearchTerms(prepared, job.importer());
				duplicateCheck.filed(prepared.opened().stream().map(ImportedCases.Created::childCase).toList());
			}
			finally {
				filed.complete(null);
			}
			Map<ReadRow.Accepted, String> caseNumbers = new IdentityHashMap<>();
			if (job.dryRun()) {
				tally.imported += toCreate.size();
			}
			else {
				ImportedCases.Outcome stored = importedCases.store(prepared, job.importer(), job.jobId());
				stored.created().forEach(created -> caseNumbers.put(created.row(), created.childCase().caseNumber().value()));
				List<ChildCase> notStored = notStored(prepared, stored);
				duplicateCheck.notStored(notStored);
				Set<String> notStoredNow = notStored.stream()
					.map(childCase -> childCase.id().toString())
					.collect(Collectors.toSet());
				// This batch was checked while the one before was being stored: neither's lost cases are matches.
				withoutMatchesWith(notStoredBefore, matchesByRow);
				withoutMatchesWith(notStoredNow, matchesByRow);
				notStoredBefore = notStoredNow;
				tally.imported += stored.created().size();
				// Forms another job stored in the meantime: judged like any stored form.
				for (ReadRow.Accepted lost : withoutStoredForms(stored.formTaken(), tally, report)) {
					tally.valid--;
					tally.rejected++;
					report.add(reportRow(lost.source(), ReportRow.RowOutcome.REJECTED, List.of(new ReportRow.Problem(
							null, "could not be stored this time; upload the file again to import it")), null, List.of()));
				}
				stored.formTaken().forEach(matchesByRow::remove);
			}
			matchesByRow.forEach((row, found) -> {
				tally.possibleDuplicates++;
				report.add(reportRow(row.source(), ReportRow.RowOutcome.POSSIBLE_DUPLICATE,
						List.of(new ReportRow.Problem(null, possibleDuplicateMessage(found))),
						caseNumbers.get(row), found));
			});
			writeReport(report);
			counts = counts.plus(tally.counts());
			countRows(tally);
			if (stopping) {
				return ImportStatus.INTERRUPTED;
			}
			return switch (jobs.progress(job.jobId(), counts, clock.instant())) {
				case CONTINUE -> ImportStatus.RUNNING;
				case CANCEL -> ImportStatus.CANCELLED;
				case GONE -> null;
			};
		}

		/** The cases of a batch that could not be stored after all: their paper forms were stored meanwhile. */
		private static List<ChildCase> notStored(ImportedCases.Prepared prepared, ImportedCases.Outcome outcome) {
			if (outcome.formTaken().isEmpty()) {
				return List.of();
			}
			Set<ImportedCases.Created> stored = Collections.newSetFromMap(new IdentityHashMap<>());
			stored.addAll(outcome.created());
			return prepared.opened()
				.stream()
				.filter(candidate -> !stored.contains(candidate))
				.map(ImportedCases.Created::childCase)
				.toList();
		}

		/** Drops matches with these cases, which rows were compared with before they turned out not stored. */
		private static void withoutMatchesWith(Set<String> caseIds,
				Map<ReadRow.Accepted, List<ReportRow.PossibleMatch>> matchesByRow) {
			if (caseIds.isEmpty()) {
				return;
			}
			matchesByRow.replaceAll((row, found) -> found.stream()
				.filter(match -> match.caseId() == null || !caseIds.contains(match.caseId()))
				.toList());
			matchesByRow.values().removeIf(List::isEmpty);
		}

		/**
		 * Hands a stored batch's report rows to the report thread, once the batch before's are written: the store
		 * thread goes on with the next batch while they are written.
		 */
		private void writeReport(List<ReportRow> report) {
			awaitReport();
			if (!report.isEmpty()) {
				reportInFlight = reportThread.submit(() -> reports.addAll(report));
			}
		}

		private void awaitReport() {
			Future<?> writing = reportInFlight;
			if (writing != null) {
				reportInFlight = null;
				await(writing);
			}
		}

		/** Waits for the batch under way to have its search terms filed (or to fail). */
		private void awaitFiled() {
			Future<Void> filing = filedInFlight;
			if (filing != null) {
				filedInFlight = null;
				await(filing);
			}
		}

		/** Waits for the batch under way to be stored; what it answers is what to do next. */
		private @Nullable ImportStatus awaitStored() {
			Future<ImportStatus> storing = inFlight;
			if (storing == null) {
				return ImportStatus.RUNNING;
			}
			inFlight = null;
			ImportStatus next = await(storing);
			return next == null && Thread.currentThread().isInterrupted() ? ImportStatus.INTERRUPTED : next;
		}

		/**
		 * The result of work on another thread; what it threw is rethrown as it came, so that the job fails (or
		 * dies) exactly as if the work had been done inline. {@code null} if this thread is interrupted meanwhile.
		 */
		private <T> @Nullable T await(Future<T> work) {
			try {
				return work.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		/**
		 * The rows whose paper form is not stored yet. A stored form with the same fingerprint is the same record
		 * imported before: unchanged, nothing to do. With another fingerprint it was changed on paper (or typed in
		 * by hand): a conflict, reported and never overwritten.
		 */
		private List<ReadRow.Accepted> withoutStoredForms(List<ReadRow.Accepted> rows, Tally tally,
				List<ReportRow> report) {
			if (rows.isEmpty()) {
				return rows;
			}
			Map<String, ChildCase> stored = new HashMap<>();
			cases.fromPaperForms(rows.stream().map(row -> row.paperForm().key()).toList())
				.forEach(found -> stored.put(key(found.paperForm()), found));
			List<ReadRow.Accepted> remaining = new ArrayList<>();
			for (ReadRow.Accepted row : rows) {
				ChildCase existing = stored.get(key(row.paperForm()));
				if (existing == null) {
					remaining.add(row);
				}
				else if (fingerprint(row.paperForm()).equals(fingerprint(existing.paperForm()))) {
					tally.unchanged++;
				}
				else {
					tally.conflicts++;
					String how = existing.paperForm() == null || existing.paperForm().fingerprint() == null
							? "was registered by hand as case " : "was imported before as case ";
					report.add(reportRow(row.source(), ReportRow.RowOutcome.CONFLICT,
							List.of(new ReportRow.Problem(null, "paper form " + row.paperForm().number() + " " + how
									+ existing.caseNumber().value() + " with different content; the case was not "
									+ "changed. If the paper record is right, correct the case itself")),
							existing.caseNumber().value(), List.of()));
				}
			}
			return remaining;
		}

		private ReportRow reportRow(SourceRow source, ReportRow.RowOutcome outcome, List<ReportRow.Problem> problems,
				@Nullable String caseNumber, List<ReportRow.PossibleMatch> matches) {
			List<String> values = layout == null ? source.cells() : layout.originalValues(source);
			return new ReportRow(job.id() + ":" + source.number(), job.id(), source.number(), outcome, values,
					problems, caseNumber, matches, reportExpiresAt);
		}

	}

	/** Names the cases, and in a dry run the earlier rows, that a row may duplicate. */
	static String possibleDuplicateMessage(List<ReportRow.PossibleMatch> found) {
		List<String> cases = found.stream().map(ReportRow.PossibleMatch::caseNumber).filter(Objects::nonNull).toList();
		List<String> rows = found.stream()
			.map(ReportRow.PossibleMatch::row)
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.toList();
		List<String> parts = new ArrayList<>();
		if (!cases.isEmpty()) {
			parts.add(cases.size() + (cases.size() == 1 ? " case" : " cases") + " already registered: "
					+ String.join(", ", cases));
		}
		if (!rows.isEmpty()) {
			parts.add((rows.size() == 1 ? "row " : "rows ") + String.join(", ", rows) + " of this file");
		}
		return "may be the same child as " + String.join(", and ", parts) + "; check before working on both";
	}

	private static ThreadFactory daemon(String name) {
		return task -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	private void countRows(Tally tally) {
		count("rejected", tally.rejected);
		count("imported", tally.imported);
		count("unchanged", tally.unchanged);
		count("conflict", tally.conflicts);
	}

	private void count(String outcome, long rows) {
		if (rows > 0) {
			Counter.builder("childprotect.imports.rows")
				.description("Rows of import files, by what became of them")
				.tag("outcome", outcome)
				.register(meters)
				.increment(rows);
		}
	}

	private static ReportRow.Problem problem(RowProblem problem) {
		return new ReportRow.Problem(problem.column() == null ? null : problem.column().title(TemplateLanguage.EN),
				problem.message());
	}

	private static String fingerprint(@Nullable PaperForm form) {
		return form == null || form.fingerprint() == null ? "" : form.fingerprint();
	}

	private static String key(@Nullable PaperForm form) {
		return form == null ? "" : form.key();
	}

	/** Counts of one batch. */
	private static final class Tally {

		long read;

		long valid;

		long rejected;

		long imported;

		long unchanged;

		long conflicts;

		long possibleDuplicates;

		ImportCounts counts() {
			return new ImportCounts(read, valid, rejected, imported, unchanged, conflicts, possibleDuplicates);
		}

	}

}

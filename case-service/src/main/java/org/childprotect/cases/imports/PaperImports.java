package org.childprotect.cases.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The import use cases: accept an upload as a job, show jobs and their reports to the office that owns them, and
 * cancel. Only district importers (into their own districts) and administrators import; a job is visible to
 * importers sharing a district with the one who uploaded it, and to administrators.
 */
@Service
public class PaperImports {

	public static final int MAX_PAGE_SIZE = 100;

	private static final int MAX_FILE_NAME = 200;

	private final ImportJobs jobs;

	private final ImportReports reports;

	private final ImportFiles files;

	private final ImportQueue queue;

	private final AuditTrail auditTrail;

	private final ImportProperties properties;

	private final Clock clock;

	PaperImports(ImportJobs jobs, ImportReports reports, ImportFiles files, ImportQueue queue, AuditTrail auditTrail,
			ImportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.reports = reports;
		this.files = files;
		this.queue = queue;
		this.auditTrail = auditTrail;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes an upload: spools it, checks it can be imported as a whole (format, header, row count) and queues it.
	 * Answers at once; the job runs in the background. Whole-file problems fail here, before any job exists.
	 */
	public ImportJob start(Caller caller, @Nullable String fileName, InputStream content, boolean dryRun)
			throws IOException {
		requireImporter(caller);
		if (!queue.hasRoom()) {
			throw new ImportsBusy();
		}
		Instant now = clock.instant();
		reports.purgeExpired(now);
		ImportJobId id = ImportJobId.random();
		ImportFiles.Spooled spooled = files.spool(content, id);
		try {
			ImportFiles.Scan scan = files.scan(spooled);
			ImportJob.EarlierImport earlier = jobs.lastImportOf(spooled.sha256())
				.map(job -> new ImportJob.EarlierImport(job.id(), job.importer().username(),
						job.finishedAt() == null ? job.createdAt() : job.finishedAt(), job.counts().imported()))
				.orElse(null);
			ImportJob job = jobs.insert(new ImportJob(id.toString(), Importer.of(caller), displayName(fileName),
					spooled.format(), spooled.sha256(), spooled.size(), dryRun, ImportStatus.QUEUED, scan.rows(),
					ImportCounts.NONE, scan.layout().header(), scan.layout().ignored(), earlier, now, null, null, now,
					false, null));
			auditTrail.record(caller, AuditAction.IMPORT_JOB_STARTED, List.of(), List.of(),
					"import job %s accepted%s: file sha256 %s, %d bytes, %s, %d rows".formatted(id,
							dryRun ? " (dry run)" : "", spooled.sha256(), spooled.size(), spooled.format(), scan.rows()));
			try {
				queue.submit(job);
			}
			catch (ImportsBusy busy) {
				jobs.interrupt(id, ImportCounts.NONE, clock.instant());
				throw busy;
			}
			return job;
		}
		catch (IOException | RuntimeException ex) {
			files.delete(spooled.path());
			throw ex;
		}
	}

	public ImportJob find(ImportJobId id, Caller caller) {
		requireImporter(caller);
		noticeInterrupted();
		return jobs.byId(id).filter(job -> visibleTo(job, caller)).orElseThrow(() -> new ImportJobNotFound(id.toString()));
	}

	/** The import jobs of the caller's office (all jobs for administrators), newest first. */
	public JobPage list(Caller caller, int page, int size) {
		requireImporter(caller);
		requirePaging(page, size);
		noticeInterrupted();
		Set<String> districts = caller.hasRole(Caller.ADMIN) ? null : caller.districts();
		int bounded = Math.min(size, MAX_PAGE_SIZE);
		return new JobPage(jobs.page(districts, page, bounded), page, bounded, jobs.count(districts));
	}

	/** Stops a job: a queued one at once, a running one after its current batch. Finished jobs stay as they are. */
	public ImportJob cancel(ImportJobId id, Caller caller) {
		ImportJob job = find(id, caller);
		if (!job.status().isFinished()) {
			jobs.requestCancel(id, clock.instant());
		}
		return find(id, caller);
	}

	/** Rows of the job's report in file order, optionally of one outcome only. */
	public RowPage rows(ImportJobId id, Caller caller, ReportRow.@Nullable RowOutcome outcome, int page, int size) {
		ImportJob job = find(id, caller);
		requirePaging(page, size);
		int bounded = Math.min(size, MAX_PAGE_SIZE);
		auditReportRead(caller, job);
		return new RowPage(job, reports.page(id, outcome, page, bounded), page, bounded, reports.count(id, outcome));
	}

	/**
	 * Writes the rows that were not imported (rejected and conflicting) as CSV: the original columns first, so the
	 * clerk can correct the file and upload it again as it is, then the row number and the problems.
	 */
	public void writeErrorReport(ImportJobId id, Caller caller, OutputStream target) throws IOException {
		ImportJob job = find(id, caller);
		auditReportRead(caller, job);
		Writer out = new OutputStreamWriter(target, StandardCharsets.UTF_8);
		out.write(CsvOut.BYTE_ORDER_MARK);
		List<String> header = new ArrayList<>(job.header());
		header.add("Row in original file");
		header.add("Problems");
		CsvOut.row(out, header);
		try (Stream<ReportRow> rows = reports.notImported(id)) {
			for (ReportRow row : (Iterable<ReportRow>) rows::iterator) {
				List<String> values = new ArrayList<>(row.values());
				while (values.size() < job.header().size()) {
					values.add("");
				}
				values.add(Integer.toString(row.row()));
				values.add(String.join("\n", row.problems().stream().map(ReportRow.Problem::readable).toList()));
				CsvOut.row(out, values);
			}
		}
		out.flush();
	}

	/**
	 * Reports quote the uploaded values, names included: reading one is a read of children's records and is
	 * audited, though it names no case.
	 */
	private void auditReportRead(Caller caller, ImportJob job) {
		auditTrail.record(caller, AuditAction.IMPORT_REPORT_READ, List.of(), List.of("identity", "import-report"),
				"import job " + job.id());
	}

	private void noticeInterrupted() {
		Instant now = clock.instant();
		jobs.interruptQuiet(now.minus(properties.stalledAfter()), now);
	}

	static void requireImporter(Caller caller) {
		if (!caller.hasAnyRole(Caller.DISTRICT_IMPORTER, Caller.ADMIN)) {
			throw new ImportNotAllowed("Only district importers and administrators may import cases.");
		}
		if (!caller.hasRole(Caller.ADMIN) && caller.districts().isEmpty()) {
			throw new ImportNotAllowed("Your account names no district to import into; ask an administrator.");
		}
	}

	private static boolean visibleTo(ImportJob job, Caller caller) {
		return caller.hasRole(Caller.ADMIN)
				|| job.importer().districts().stream().anyMatch(caller.districts()::contains);
	}

	private static void requirePaging(int page, int size) {
		if (page < 0) {
			throw InvalidCaseInput.of("page", "must be 0 or more");
		}
		if (size < 1) {
			throw InvalidCaseInput.of("size", "must be 1 or more");
		}
	}

	/** The file name as the importer will recognise it in the history; path parts and control characters go. */
	static String displayName(@Nullable String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload";
		}
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			return "upload";
		}
		return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
	}

	public record JobPage(List<ImportJob> content, int page, int size, long totalElements) {

		public JobPage {
			content = List.copyOf(content);
		}

	}

	public record RowPage(ImportJob job, List<ReportRow> content, int page, int size, long totalElements) {

		public RowPage {
			content = List.copyOf(content);
		}

	}

}

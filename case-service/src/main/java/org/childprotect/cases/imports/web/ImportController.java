package org.childprotect.cases.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;

import org.childprotect.cases.imports.ImportJob;
import org.childprotect.cases.imports.ImportJobId;
import org.childprotect.cases.imports.ImportJobNotFound;
import org.childprotect.cases.imports.ImportTemplates;
import org.childprotect.cases.imports.PaperImports;
import org.childprotect.cases.imports.ReportRow;
import org.childprotect.cases.imports.TemplateLanguage;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Bulk imports over HTTP, for district importers and administrators. Uploads answer 202 with the job at once; the
 * import page then polls the job for progress.
 */
@RestController
@RequestMapping("/api/imports")
@PreAuthorize("hasAnyRole('district-importer', 'admin')")
class ImportController {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PaperImports imports;

	private final ImportTemplates templates;

	private final Clock clock;

	ImportController(PaperImports imports, ImportTemplates templates, Clock clock) {
		this.imports = imports;
		this.templates = templates;
		this.clock = clock;
	}

	@GetMapping("/templates/cases.csv")
	ResponseEntity<byte[]> csvTemplate(@RequestParam(defaultValue = "en") String language) {
		return download(templates.csv(TemplateLanguage.of(language)), CSV, "childprotect-cases-template.csv");
	}

	@GetMapping("/templates/cases.xlsx")
	ResponseEntity<byte[]> xlsxTemplate(@RequestParam(defaultValue = "en") String language) {
		return download(templates.xlsx(TemplateLanguage.of(language)), XLSX, "childprotect-cases-template.xlsx");
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportJobView> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Caller caller) throws IOException {
		ImportJob job;
		try (InputStream content = file.getInputStream()) {
			job = imports.start(caller, file.getOriginalFilename(), content, dryRun);
		}
		return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(ImportJobView.of(job, clock));
	}

	@GetMapping
	PageResponse<ImportJobView> history(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Caller caller) {
		PaperImports.JobPage jobs = imports.list(caller, page, size);
		return PageResponse.of(jobs.content().stream().map(job -> ImportJobView.of(job, clock)).toList(), jobs.page(),
				jobs.size(), jobs.totalElements());
	}

	@GetMapping("/{id}")
	ImportJobView job(@PathVariable String id, Caller caller) {
		return ImportJobView.of(imports.find(parse(id), caller), clock);
	}

	@PostMapping("/{id}/cancellation")
	ResponseEntity<ImportJobView> cancel(@PathVariable String id, Caller caller) {
		return ResponseEntity.accepted().body(ImportJobView.of(imports.cancel(parse(id), caller), clock));
	}

	@GetMapping("/{id}/rows")
	PageResponse<ImportRowView> rows(@PathVariable String id, @RequestParam(required = false) @Nullable String outcome,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
		PaperImports.RowPage rows = imports.rows(parse(id), caller, outcome(outcome), page, size);
		return PageResponse.of(rows.content().stream().map(row -> ImportRowView.of(row, rows.job().header())).toList(),
				rows.page(), rows.size(), rows.totalElements());
	}

	@GetMapping("/{id}/error-report")
	ResponseEntity<StreamingResponseBody> errorReport(@PathVariable String id, Caller caller) {
		ImportJobId jobId = parse(id);
		// Checked before streaming starts, so that a refusal is still a proper problem response.
		ImportJob job = imports.find(jobId, caller);
		StreamingResponseBody body = out -> imports.writeErrorReport(jobId, caller, out);
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + job.id() + "-errors.csv").build().toString())
			.body(body);
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

	private static ReportRow.@Nullable RowOutcome outcome(@Nullable String outcome) {
		if (outcome == null || outcome.isBlank()) {
			return null;
		}
		try {
			return ReportRow.RowOutcome.valueOf(outcome.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw org.childprotect.cases.InvalidCaseInput.of("outcome", "must be REJECTED, CONFLICT or POSSIBLE_DUPLICATE");
		}
	}

	/** A malformed id names no job at all: answered like a job of another office. */
	private static ImportJobId parse(String id) {
		try {
			return ImportJobId.of(id);
		}
		catch (IllegalArgumentException notAUuid) {
			throw new ImportJobNotFound(id);
		}
	}

}

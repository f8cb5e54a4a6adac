package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.childprotect.cases.CaseNumbers;
import org.childprotect.cases.CaseServiceTestContext;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.EventEnvelopes;
import org.childprotect.cases.Tokens;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.cases.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

/**
 * A job killed half-way (in the middle of storing a batch, without any chance to clean up or record its end),
 * then the same file uploaded again: every row ends up imported exactly once, as after one clean run. And a job
 * racing another import for a paper form.
 */
class ImportCrashRecoveryTests extends CaseServiceTestContext {

	/** Batches in the file: the job dies in its third. */
	private static final int BATCHES = 4;

	@Autowired
	private ImportJobs jobs;

	@Autowired
	private ImportReports reports;

	@Autowired
	private ImportFiles files;

	@Autowired
	private Cases cases;

	@Autowired
	private CaseNumbers caseNumbers;

	@Autowired
	private SearchIndex searchIndex;

	@Autowired
	private EventEnvelopes envelopes;

	@Autowired
	private DuplicateCheck duplicates;

	@Autowired
	private ReferenceData referenceData;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ImportProperties properties;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private Clock clock;

	private ImportRequests imports;

	@BeforeEach
	void noEarlierImports() {
		forgetImports();
		imports = new ImportRequests(mvc);
	}

	@Test
	void aJobKilledHalfWayAndRunAgainEndsLikeOneCleanRun() throws Exception {
		byte[] file = fileWithSomeBadRows();
		JsonNode clean = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("backlog.csv", file), false);
		Map<String, ChildCase> cleanCases = casesByForm();
		assertThat(cleanCases).hasSize(clean.at("/counts/imported").asInt());
		forgetEverything();

		ImportJob crashed = queuedJob(file);
		assertThatThrownBy(() -> runnerThatDiesInItsThirdBatch().run(crashed)).isInstanceOf(Killed.class);
		long survivors = storedCases();
		assertThat(survivors).as("two whole batches and half of the third were stored")
			.isGreaterThan(properties.batchSize() * 2L)
			.isLessThan(properties.batchSize() * 3L);
		assertThat(imports.job(Tokens.importerPp(), crashed.id()).get("status").asString()).isEqualTo("RUNNING");

		// Nobody is left to beat for the job: once it has been quiet long enough, it is declared interrupted.
		Instant later = clock.instant().plus(properties.stalledAfter()).plusSeconds(1);
		jobs.interruptQuiet(later.minus(properties.stalledAfter()), later);
		JsonNode interrupted = imports.job(Tokens.importerPp(), crashed.id());
		assertThat(interrupted.get("status").asString()).isEqualTo("INTERRUPTED");
		assertThat(interrupted.get("failure").asString()).contains("Upload the same file again");

		JsonNode rerun = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("backlog.csv", file), false);

		assertThat(rerun.at("/counts/rowsRead").asInt()).isEqualTo(clean.at("/counts/rowsRead").asInt());
		assertThat(rerun.at("/counts/rejected").asInt()).isEqualTo(clean.at("/counts/rejected").asInt());
		assertThat(rerun.at("/counts/unchanged").asLong()).isEqualTo(survivors);
		assertThat(rerun.at("/counts/imported").asLong() + survivors).isEqualTo(clean.at("/counts/imported").asLong());
		assertThat(rerun.at("/sameFileAs/jobId").asString()).as("the interrupted job is named")
			.isEqualTo(crashed.id());
		Map<String, ChildCase> recovered = casesByForm();
		assertThat(recovered.keySet()).as("no row missing, none twice").isEqualTo(cleanCases.keySet());
		assertThat(new TreeSet<>(recovered.values().stream().map(c -> c.caseNumber().value()).toList()))
			.hasSize(recovered.size());
		recovered.forEach((form, recoveredCase) -> {
			ChildCase cleanCase = cleanCases.get(form);
			assertThat(recoveredCase.child()).isEqualTo(cleanCase.child());
			assertThat(recoveredCase.concerns()).isEqualTo(cleanCase.concerns());
			assertThat(recoveredCase.paperForm()).isEqualTo(cleanCase.paperForm());
		});
	}

	@Test
	void aFormAnotherImportStoresMeanwhileLeavesNoMatchWithACaseThatWasNeverStored() throws Exception {
		// The same child twice: row 3 is compared with row 2's case before the batch is stored, and row 2's form
		// is stored by another import just before this batch is.
		ImportJob job = queuedJob(CaseFiles.of("R-1,KH-PP,Sokunthea,Vongsa,F,2012,,NEGLECT,LOW",
				"R-2,KH-PP,Sokuntheaa,Vongsaa,F,2013,,NEGLECT,LOW"));

		runnerWhoseFirstFormIsTakenMeanwhile().run(job);

		JsonNode finished = imports.job(Tokens.importerPp(), job.id());
		assertThat(finished.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(finished.at("/counts/imported").asInt()).isEqualTo(1);
		assertThat(finished.at("/counts/unchanged").asInt()).as("row 2: the other import's case has its form")
			.isEqualTo(1);
		assertThat(finished.at("/counts/possibleDuplicates").asInt()).isZero();
		List<String> stored = mongo.findAll(ChildCase.class).stream().map(c -> c.caseNumber().value()).toList();
		assertThat(mongo.find(new Query(), ReportRow.class))
			.flatExtracting(ReportRow::matches)
			.extracting(ReportRow.PossibleMatch::caseNumber)
			.allSatisfy(named -> assertThat(stored).contains(named));
	}

	/**
	 * The real runner, with a store before which "another import" stores a case with the batch's first paper
	 * form: the insert meets the taken form and stores the others case by case.
	 */
	private ImportRunner runnerWhoseFirstFormIsTakenMeanwhile() {
		ImportedCases racing = new ImportedCases(cases, mongo, searchIndex, referenceData, caseNumbers, envelopes,
				auditTrail, meters, clock) {

			@Override
			Outcome store(Prepared prepared, Importer importer, ImportJobId job) {
				Document other = new Document(prepared.documents().get(0));
				other.put("_id", java.util.UUID.randomUUID().toString());
				other.put("caseNumber", "KH-PP-2026-999999");
				other.put("outbox", List.of());
				mongo.getCollection(ChildCase.COLLECTION).insertOne(other);
				return super.store(prepared, importer, job);
			}

		};
		return new ImportRunner(jobs, reports, files, racing, cases, duplicates, referenceData, auditTrail, properties,
				clock, meters);
	}

	/** Every 97th row has a date that does not exist, so rejections are compared too. */
	private byte[] fileWithSomeBadRows() {
		StringBuilder csv = new StringBuilder(CaseFiles.HEADER);
		for (int i = 1; i <= BATCHES * properties.batchSize(); i++) {
			String row = CaseFiles.row("B-" + i, "KH-PP", i);
			csv.append(i % 97 == 0 ? row.replaceFirst(",\\d\\d/\\d\\d/", ",31/02/") : row);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A job accepted as an upload would be, but left for the test to run. */
	private ImportJob queuedJob(byte[] content) throws Exception {
		ImportJobId id = ImportJobId.random();
		ImportFiles.Spooled spooled = files.spool(new ByteArrayInputStream(content), id);
		ImportFiles.Scan scan = files.scan(spooled);
		Importer importer = new Importer("sub-importer.pp", "importer.pp", java.util.Set.of("district-importer"),
				java.util.Set.of("KH-PP"), "AG-DOSVY-PP");
		return jobs.insert(new ImportJob(id.toString(), importer, "backlog.csv", spooled.format(), spooled.sha256(),
				spooled.size(), false, ImportStatus.QUEUED, scan.rows(), ImportCounts.NONE, scan.layout().header(),
				scan.layout().ignored(), null, clock.instant(), null, null, clock.instant(), false, null));
	}

	/**
	 * The real runner, with a store that dies in its third batch after writing half of it: the state a JVM killed
	 * in the middle of a multi-document insert leaves behind (no progress written, no end recorded).
	 */
	private ImportRunner runnerThatDiesInItsThirdBatch() {
		ImportedCases dying = new ImportedCases(cases, mongo, searchIndex, referenceData, caseNumbers, envelopes,
				auditTrail, meters, clock) {

			private int batches;

			@Override
			Outcome store(Prepared prepared, Importer importer, ImportJobId job) {
				if (++batches < 3) {
					return super.store(prepared, importer, job);
				}
				int half = prepared.opened().size() / 2;
				super.store(new Prepared(prepared.opened().subList(0, half), prepared.documents().subList(0, half)),
						importer, job);
				throw new Killed();
			}

		};
		return new ImportRunner(jobs, reports, files, dying, cases, duplicates, referenceData, auditTrail, properties,
				clock, meters);
	}

	private Map<String, ChildCase> casesByForm() {
		return mongo.findAll(ChildCase.class)
			.stream()
			.collect(Collectors.toMap(c -> c.paperForm().number(), Function.identity()));
	}

	private void forgetImports() {
		mongo.remove(new Query(), ImportJob.class);
		mongo.remove(new Query(), ReportRow.class);
	}

	private void forgetEverything() {
		forgetImports();
		mongo.remove(new Query(), ChildCase.class);
		mongo.remove(new Query(), "counters");
	}

	/** Stands for the JVM dying: an Error, which no part of the runner catches. */
	static final class Killed extends Error {

		Killed() {
			super("killed", null, false, false);
		}

	}

}

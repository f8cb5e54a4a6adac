package org.childprotect.cases.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.childprotect.cases.AgePrecision;
import org.childprotect.cases.CaseRequests;
import org.childprotect.cases.CaseServiceTestContext;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Stage;
import org.childprotect.cases.Tokens;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.childprotect.cases.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Bulk import end to end inside the service: upload over HTTP, background job, cases with their outbox events on
 * {@code case.v1}, report, audit trail, and the clean-up of the upload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaperImportIntegrationTests extends CaseServiceTestContext {

	private static final RequestPostProcessor IMPORTER_SR = Tokens.user("importer.sr", "district-importer",
			"AG-DOSVY-SR", "KH-SR");

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private ImportProperties properties;

	private ImportRequests imports;

	private Consumer<String, String> caseTopic;

	@BeforeAll
	void subscribeToCaseTopic() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "import-tests", false);
		caseTopic = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
			.createConsumer();
		broker.consumeFromAnEmbeddedTopic(caseTopic, "case.v1");
	}

	@AfterAll
	void closeConsumer() {
		caseTopic.close();
	}

	@BeforeEach
	void noEarlierImports() {
		mongo.remove(new Query(), ImportJob.class);
		mongo.remove(new Query(), ReportRow.class);
		imports = new ImportRequests(mvc);
	}

	@Test
	void aMessyCsvImportsItsGoodRowsAndReportsEveryOtherOne() throws Exception {
		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);

		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(job.get("format").asString()).isEqualTo("CSV");
		assertCounts(job, 23, 12, 11, 10, 1, 1);
		assertThat(job.at("/progress/percent").asInt()).isEqualTo(100);
		assertThat(job.get("ignoredColumns").toString()).isEqualTo("[\"Notes\"]");
		assertThat(storedCases()).isEqualTo(10);

		ChildCase exactDate = byForm("PP-0001");
		assertThat(exactDate.child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 3));
		assertThat(exactDate.child().agePrecision()).isEqualTo(AgePrecision.EXACT);
		assertThat(exactDate.concerns()).containsExactly("OCSEA_GROOMING", "OCSEA_SEXTORTION");
		assertThat(exactDate.stage()).isEqualTo(Stage.REGISTRATION);
		assertThat(exactDate.owner().username()).isEqualTo("importer.pp");
		assertThat(exactDate.ownerAgency()).isEqualTo("AG-DOSVY-PP");
		assertThat(exactDate.assignedWorker()).as("a supervisor assigns a worker later").isNull();
		assertThat(exactDate.caseNumber().value()).startsWith("KH-PP-");
		assertThat(byForm("PP-0002").child().familyName()).isEqualTo("Kim");
		assertThat(byForm("PP 0003").child().givenName()).isEqualTo("ស្រីនាង");
		assertThat(byForm("PP 0003").riskLevel().name()).isEqualTo("HIGH");
		assertThat(byForm("PP-0004").child().agePrecision()).isEqualTo(AgePrecision.YEAR);
		assertThat(byForm("PP-0005").child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 6, 15));
		assertThat(byForm("PP-0006").child().estimatedAgeYears()).isEqualTo(12);
		assertThat(byForm("PP-0007").child().estimatedAgeYears()).isEqualTo(10);
		assertThat(byForm("PP-0008").child().givenName()).isEqualTo("Sok \"Tiny\" Dara");
		assertThat(byForm("PP-0020").child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 12, 12));
		assertThat(byForm("PP-0020").concerns()).containsExactly("EMOTIONAL_ABUSE", "DOMESTIC_VIOLENCE");
		assertThat(byForm("PP-0021").child().dateOfBirth()).isEqualTo(LocalDate.of(2013, 5, 15));

		JsonNode rows = imports.rows(Tokens.importerPp(), job.get("id").asString(), "");
		assertThat(rows.get("totalElements").asInt()).isEqualTo(12);
		assertThat(problemOf(rows, 11)).isEqualTo("Paper form number: is required");
		assertThat(problemOf(rows, 12)).isEqualTo("District: KH-SR is not one of your districts (KH-PP)");
		assertThat(problemOf(rows, 14)).isEqualTo("Date of birth: \"31/02/2012\" is not a calendar date");
		assertThat(problemOf(rows, 22)).contains("is also in row 3 of this file, with different content");
		assertThat(problemOf(rows, 23)).as("accent-insensitive label of another district")
			.isEqualTo("District: KH-SR is not one of your districts (KH-PP)");
		assertThat(rowNumbered(rows, 11).at("/values/SURNAME").asString()).isEqualTo("Sam");
		assertThat(spooledUploads()).as("the upload is not kept").isEmpty();
	}

	@Test
	void importedCasesArePublishedThroughTheOutboxAsRegisteredFromPaper() throws Exception {
		imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);
		Set<String> imported = new java.util.HashSet<>(
				mongo.findAll(ChildCase.class).stream().map(c -> c.id().toString()).toList());

		Map<String, JsonNode> events = new HashMap<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (events.size() < imported.size() && System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : caseTopic.poll(Duration.ofMillis(500))) {
				if (imported.contains(record.key())) {
					events.put(record.key(), ImportRequests.JSON.readTree(record.value()));
					assertThat(record.value()).doesNotContain("Sokha", "Chan", "2012-05-03", "PP-0001", "KH-PP-2");
				}
			}
		}
		assertThat(events).hasSize(imported.size());
		assertThat(events.values()).allSatisfy(event -> {
			assertThat(event.get("type").asString()).isEqualTo("CaseRegistered");
			assertThat(event.get("aggregateVersion").asLong()).isZero();
			assertThat(event.at("/data/source").asString()).isEqualTo("IMPORT");
			assertThat(event.at("/data/district").asString()).isEqualTo("KH-PP");
		});
		assertThat(events.values()).extracting(event -> event.at("/data/agePrecision").asString())
			.contains("EXACT", "YEAR", "ESTIMATED");
	}

	@Test
	void eachJobIsAuditedWithWhoTheFileHashAndTheCounts() throws Exception {
		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);
		String hash = job.get("fileSha256").asString();

		List<AuditEntry> entries = mongo.findAll(AuditEntry.class);
		assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.IMPORT_JOB_STARTED)
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorUsername()).isEqualTo("importer.pp");
				assertThat(entry.reason()).contains(hash, "23 rows");
			});
		assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.IMPORT_JOB_FINISHED)
			.singleElement()
			.satisfies(entry -> assertThat(entry.reason()).contains("COMPLETED", hash, "rows read 23", "imported 10",
					"rejected 11"));
		assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.CASES_IMPORTED)
			.flatExtracting(AuditEntry::caseIds)
			.hasSize(10);
		assertThat(entries).noneMatch(entry -> String.valueOf(entry.reason()).contains("Sokha"));
		assertThat(auditTrail.verify().intact()).isTrue();
	}

	@Test
	void aMessyWorkbookIsReadAsItShowsInExcel() throws Exception {
		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.xlsx"), false);

		assertThat(job.get("format").asString()).isEqualTo("XLSX");
		assertCounts(job, 10, 6, 4, 6, 0, 0);
		assertThat(byForm("101").child().dateOfBirth()).as("a US-formatted date cell is still 3 May")
			.isEqualTo(LocalDate.of(2012, 5, 3));
		assertThat(byForm("X-102").child().dateOfBirth()).isEqualTo(LocalDate.of(2013, 11, 20));
		assertThat(byForm("X-103").child().givenName()).isEqualTo("Srey Leak");
		assertThat(byForm("X-103").child().estimatedAgeYears()).isEqualTo(12);
		assertThat(byForm("X-104").child().estimatedAgeYears()).isEqualTo(12);
		assertThat(byForm("X-105").child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 6, 15));
		assertThat(byForm("0110").concerns()).containsExactly("NEGLECT", "CHILD_LABOUR");
		JsonNode rows = imports.rows(Tokens.importerPp(), job.get("id").asString(), "&outcome=REJECTED");
		assertThat(problemOf(rows, 8)).isEqualTo("Date of birth: the cell shows the error #N/A");
		assertThat(problemOf(rows, 9)).contains("never calculated");
		assertThat(problemOf(rows, 10)).contains("KH-SR is not one of your districts");
		assertThat(problemOf(rows, 11)).startsWith("Risk level: \"TRUE\" is not a known risk level");

		JsonNode inline = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("inline-1904.xlsx"), false);
		assertCounts(inline, 1, 1, 0, 1, 0, 0);
		assertThat(byForm("IN-1").child().dateOfBirth()).isEqualTo(LocalDate.of(2011, 3, 7));
	}

	@Test
	void aDryRunReportsTheSameAndWritesNothing() throws Exception {
		JsonNode dry = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), true);

		assertThat(dry.get("dryRun").asBoolean()).isTrue();
		assertCounts(dry, 23, 12, 11, 10, 1, 1);
		assertThat(dry.get("summary").asString()).contains("Dry run, nothing was saved", "would create 10");
		assertThat(storedCases()).isZero();
		assertThat(mongo.getCollection("counters").countDocuments()).as("no case number used").isZero();
		assertThat(imports.rows(Tokens.importerPp(), dry.get("id").asString(), "").get("totalElements").asInt())
			.isEqualTo(12);

		JsonNode real = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);
		assertCounts(real, 23, 12, 11, 10, 1, 1);
		assertThat(real.get("sameFileAs").isNull()).as("a dry run is not an import").isTrue();
	}

	@Test
	void theSameFileTwiceCreatesNothingTheSecondTimeAndSaysSo() throws Exception {
		JsonNode first = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);
		List<String> numbers = mongo.findAll(ChildCase.class).stream().map(c -> c.caseNumber().value()).sorted().toList();

		JsonNode second = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false);

		assertCounts(second, 23, 12, 11, 0, 11, 1);
		assertThat(second.at("/sameFileAs/jobId").asString()).isEqualTo(first.get("id").asString());
		assertThat(second.at("/sameFileAs/imported").asInt()).isEqualTo(10);
		assertThat(second.get("summary").asString()).contains("This file was already imported", "nothing new was created");
		assertThat(mongo.findAll(ChildCase.class).stream().map(c -> c.caseNumber().value()).sorted().toList())
			.isEqualTo(numbers);
	}

	@Test
	void aRowChangedSinceItsImportIsAConflictAndTheCaseIsLeftAlone() throws Exception {
		imports.importAndWait(Tokens.importerPp(), ImportRequests.file("first.csv", CaseFiles.of(
				"F-1,KH-PP,Sokha,Chan,F,03/05/2012,,NEGLECT,HIGH", "F-2,KH-PP,Dara,Kim,M,2013,,CHILD_LABOUR,LOW")), false);
		String caseNumber = byForm("F-1").caseNumber().value();

		JsonNode again = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("corrected.csv", CaseFiles.of(
				"f-1,Phnom Penh,Sokha,Chan,Female,04/05/2012,,NEGLECT,HIGH", "F-2,KH-PP,Dara,Kim,M,2013,,Child labour,low",
				"F-3,KH-PP,Vanna,Heng,M,,about 9,NEGLECT,LOW")), false);

		assertCounts(again, 3, 3, 0, 1, 1, 1);
		JsonNode conflict = imports.rows(Tokens.importerPp(), again.get("id").asString(), "&outcome=CONFLICT");
		assertThat(rowNumbered(conflict, 2).get("caseNumber").asString()).isEqualTo(caseNumber);
		assertThat(problemOf(conflict, 2)).contains("was imported before as case " + caseNumber, "not changed");
		assertThat(byForm("F-1").child().dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 3));
		assertThat(storedCases()).isEqualTo(3);
	}

	@Test
	void districtImportersImportOnlyIntoTheirDistrictsAdministratorsAnywhere() throws Exception {
		byte[] twoDistricts = CaseFiles.of("S-1,KH-SR,Dina,Sao,F,2012,,NEGLECT,LOW",
				"P-1,KH-PP,Rith,Chan,M,2012,,NEGLECT,LOW");

		JsonNode siemReap = imports.importAndWait(IMPORTER_SR, ImportRequests.file("two.csv", twoDistricts), false);
		assertCounts(siemReap, 2, 1, 1, 1, 0, 0);
		assertThat(problemOf(imports.rows(IMPORTER_SR, siemReap.get("id").asString(), ""), 3))
			.isEqualTo("District: KH-PP is not one of your districts (KH-SR)");

		JsonNode national = imports.importAndWait(Tokens.admin(), ImportRequests.file("two.csv", twoDistricts), false);
		assertCounts(national, 2, 2, 0, 1, 1, 0);
		assertThat(byForm("P-1").district()).isEqualTo("KH-PP");
	}

	@Test
	void onlyImportersAndAdministratorsImportAndEachOfficeSeesItsOwnJobs() throws Exception {
		for (RequestPostProcessor token : List.of(Tokens.workerPp(), Tokens.supervisorPp(), Tokens.analyst())) {
			mvc.perform(multipart("/api/imports").file(ImportRequests.sample("messy-cases.csv")).with(token))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/imports").with(token)).andExpect(status().isForbidden());
			mvc.perform(get("/api/imports/templates/cases.csv").with(token)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/imports")).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/imports").file(ImportRequests.sample("messy-cases.csv"))
			.with(Tokens.user("importer.nowhere", "district-importer", "AG-X"))).andExpect(status().isForbidden());

		String ppJob = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), true)
			.get("id")
			.asString();
		mvc.perform(get("/api/imports/" + ppJob).with(IMPORTER_SR))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The import job was not found."));
		mvc.perform(get("/api/imports/" + ppJob + "/error-report").with(IMPORTER_SR)).andExpect(status().isNotFound());
		mvc.perform(get("/api/imports").with(IMPORTER_SR)).andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/imports").with(Tokens.user("importer.pp2", "district-importer", "AG-DOSVY-PP", "KH-PP")))
			.andExpect(jsonPath("$.content[0].id").value(ppJob))
			.andExpect(jsonPath("$.content[0].importedBy").value("importer.pp"));
		mvc.perform(get("/api/imports").with(Tokens.admin())).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/imports/not-a-uuid").with(Tokens.importerPp())).andExpect(status().isNotFound());
	}

	@Test
	void theHistoryListsTheOfficesJobsNewestFirstInPages() throws Exception {
		String older = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("a.csv", CaseFiles.csv("A", 2, "KH-PP")), true)
			.get("id")
			.asString();
		String newer = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("b.csv", CaseFiles.csv("B", 2, "KH-PP")), false)
			.get("id")
			.asString();

		mvc.perform(get("/api/imports?size=1").with(Tokens.importerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(newer))
			.andExpect(jsonPath("$.content[0].fileName").value("b.csv"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/imports?page=1&size=1").with(Tokens.importerPp()))
			.andExpect(jsonPath("$.content[0].id").value(older))
			.andExpect(jsonPath("$.content[0].dryRun").value(true));
		mvc.perform(get("/api/imports?page=-1").with(Tokens.importerPp())).andExpect(status().isUnprocessableContent());
	}

	@Test
	void theErrorReportHoldsTheRejectedRowsAsUploadedWithOneMessagePerProblem() throws Exception {
		String id = imports.importAndWait(Tokens.importerPp(), ImportRequests.sample("messy-cases.csv"), false)
			.get("id")
			.asString();

		MvcResult streaming = mvc.perform(get("/api/imports/" + id + "/error-report").with(Tokens.importerPp()))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] report = mvc.perform(asyncDispatch(streaming))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("errors.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		List<SourceRow> rows = new ArrayList<>();
		try (CsvRows csv = new CsvRows(new ByteArrayInputStream(report))) {
			for (SourceRow row = csv.next(); row != null; row = csv.next()) {
				rows.add(row);
			}
		}
		assertThat(new String(report, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\ufeff");
		assertThat(rows.get(0).cells()).startsWith("Form No.", "District", "នាមខ្លួន")
			.endsWith("Row in original file", "Problems");
		assertThat(rows).hasSize(13);
		SourceRow noForm = rows.get(1);
		assertThat(noForm.cells()).containsExactly("", "KH-PP", "Mony", "Sam", "F", "2012-01-01", "", "NEGLECT", "LOW",
				"no form number", "11", "Paper form number: is required");
		assertThat(rows.get(rows.size() - 1).cell(10)).isEqualTo("23");

		// Corrected in place, the report is a file the import takes again, ignoring its extra columns.
		String corrected = new String(report, StandardCharsets.UTF_8).replace("\"\",\"KH-PP\",\"Mony\"",
				"\"PP-0009\",\"KH-PP\",\"Mony\"");
		JsonNode reimport = imports.importAndWait(Tokens.importerPp(),
				ImportRequests.file("corrected.csv", corrected.getBytes(StandardCharsets.UTF_8)), false);
		assertThat(reimport.get("ignoredColumns").toString()).as("the report's own columns are not 'ignored'")
			.isEqualTo("[\"Notes\"]");
		assertThat(reimport.at("/counts/imported").asInt()).isEqualTo(1);
		assertThat(byForm("PP-0009").child().givenName()).isEqualTo("Mony");
	}

	@Test
	void possibleDuplicatesOfRegisteredCasesAreFlaggedAndStillImported() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-PP"))).andExpect(status().isCreated());
		String registered = mongo.findAll(ChildCase.class).get(0).caseNumber().value();

		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("dupes.csv", CaseFiles.of(
				"D-1,KH-PP,Sokkha,Chhan,F,2012,,NEGLECT,HIGH", "D-2,KH-PP,Dara,Kim,M,2012,,NEGLECT,LOW",
				"D-3,KH-PP,Sokha,Chan,F,2000,,NEGLECT,LOW")), false);

		assertThat(job.at("/counts/imported").asInt()).isEqualTo(3);
		assertThat(job.at("/counts/possibleDuplicates").asInt()).isEqualTo(1);
		JsonNode flagged = imports.rows(Tokens.importerPp(), job.get("id").asString(), "&outcome=POSSIBLE_DUPLICATE");
		assertThat(flagged.get("totalElements").asInt()).isEqualTo(1);
		JsonNode row = flagged.at("/content/0");
		assertThat(row.get("row").asInt()).isEqualTo(2);
		assertThat(row.at("/matches/0/caseNumber").asString()).isEqualTo(registered);
		assertThat(row.get("caseNumber").asString()).isEqualTo(byForm("D-1").caseNumber().value());
		assertThat(storedCases()).isEqualTo(4);
	}

	@Test
	void twoRowsOfOneBatchForTheSameChildFlagTheLaterOneInADryRunToo() throws Exception {
		byte[] file = CaseFiles.of("T-1,KH-PP,Sokunthea,Vongsa,F,2012,,NEGLECT,LOW",
				"T-2,KH-PP,Dara,Kim,M,2010,,NEGLECT,LOW", "T-3,KH-PP,Sokuntheaa,Vongsaa,F,2013,,NEGLECT,LOW",
				"T-4,KH-PP,Sokunthea,Vongsa,F,2001,,NEGLECT,LOW");

		// A dry run has no case to name, so it names the earlier row.
		JsonNode dry = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("twice.csv", file), true);
		assertThat(dry.at("/counts/possibleDuplicates").asInt()).isEqualTo(1);
		JsonNode dryRow = imports.rows(Tokens.importerPp(), dry.get("id").asString(), "&outcome=POSSIBLE_DUPLICATE")
			.at("/content/0");
		assertThat(dryRow.get("row").asInt()).isEqualTo(4);
		assertThat(dryRow.at("/matches/0/row").asInt()).isEqualTo(2);
		assertThat(dryRow.at("/matches/0/caseNumber").isNull()).isTrue();
		assertThat(dryRow.at("/problems/0/message").asString())
			.isEqualTo("may be the same child as row 2 of this file; check before working on both");

		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("twice.csv", file), false);

		assertThat(job.at("/counts/imported").asInt()).isEqualTo(4);
		assertThat(job.at("/counts/possibleDuplicates").asInt()).as("T-3 only: T-4 is born eleven years earlier")
			.isEqualTo(1);
		JsonNode flagged = imports.rows(Tokens.importerPp(), job.get("id").asString(), "&outcome=POSSIBLE_DUPLICATE");
		JsonNode row = flagged.at("/content/0");
		assertThat(row.get("row").asInt()).isEqualTo(4);
		assertThat(row.get("caseNumber").asString()).isEqualTo(byForm("T-3").caseNumber().value());
		assertThat(row.at("/matches").findValuesAsString("caseNumber"))
			.containsExactly(byForm("T-1").caseNumber().value());
	}

	@Test
	void aRowIsComparedWithTheRowsOfEarlierBatchesOfTheSameFile() throws Exception {
		int batch = properties.batchSize();
		StringBuilder csv = new StringBuilder(CaseFiles.HEADER).append("V-1,KH-PP,Sokunthea,Vongsa,F,2012,,NEGLECT,LOW\r\n");
		for (int i = 2; i <= batch; i++) {
			csv.append(CaseFiles.row("V-" + i, "KH-PP", i));
		}
		// The first row of the second batch: the same child as the first row of the file, written another way.
		csv.append("V-" + (batch + 1) + ",KH-PP,Sokuntheaa,Vongsaa,F,2013,,NEGLECT,LOW\r\n");

		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		JsonNode dry = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("two-batches.csv", file), true);
		List<ReportRow> dryLastRow = mongo.find(
				query(where("jobId").is(dry.get("id").asString()).and("row").is(batch + 2)), ReportRow.class);
		assertThat(dryLastRow).as("a dry run compares with the rows of earlier batches too")
			.singleElement()
			.satisfies(row -> assertThat(row.matches()).extracting(ReportRow.PossibleMatch::row).containsExactly(2));

		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("two-batches.csv", file), false);

		assertThat(job.at("/counts/imported").asInt()).isEqualTo(batch + 1);
		assertThat(job.at("/counts/possibleDuplicates").asInt()).as("as the dry run said")
			.isEqualTo(dry.at("/counts/possibleDuplicates").asInt());
		List<ReportRow> lastRow = mongo.find(query(where("jobId").is(job.get("id").asString()).and("row").is(batch + 2)),
				ReportRow.class);
		assertThat(lastRow).singleElement().satisfies(row -> {
			assertThat(row.outcome()).isEqualTo(ReportRow.RowOutcome.POSSIBLE_DUPLICATE);
			assertThat(row.matches()).extracting(ReportRow.PossibleMatch::caseNumber)
				.containsExactly(byForm("V-1").caseNumber().value());
		});
	}

	@Test
	void filesOverTheLimitsOrNotImportableAreRefusedBeforeAnyJob() throws Exception {
		byte[] tooBig = new byte[(int) properties.maxFileSize().toBytes() + 1];
		mvc.perform(multipart("/api/imports").file(ImportRequests.file("big.csv", tooBig)).with(Tokens.importerPp()))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The file is larger than 20 MB")));

		mvc.perform(multipart("/api/imports")
			.file(ImportRequests.file("many.csv", CaseFiles.csv("M", properties.maxRows() + 1, "KH-PP")))
			.with(Tokens.importerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("more than 100000 rows")));

		mvc.perform(multipart("/api/imports")
			.file(ImportRequests.file("wrong.csv", "Name,Age\nSokha,12\n".getBytes(StandardCharsets.UTF_8)))
			.with(Tokens.importerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("missing columns: Paper form number")));

		mvc.perform(multipart("/api/imports")
			.file(ImportRequests.file("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4 }))
			.with(Tokens.importerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(.xls) cannot be imported")));

		mvc.perform(multipart("/api/imports").file(ImportRequests.file("empty.csv", new byte[0])).with(Tokens.importerPp()))
			.andExpect(status().isUnprocessableContent());

		assertThat(mongo.count(new Query(), ImportJob.class)).isZero();
		assertThat(storedCases()).isZero();
		assertThat(spooledUploads()).isEmpty();
	}

	@Test
	void aFileWithExactlyTheRowLimitIsAccepted() throws Exception {
		JsonNode job = imports.upload(Tokens.importerPp(),
				ImportRequests.file("limit.csv", CaseFiles.csv("L", properties.maxRows(), "KH-PP")), true);

		assertThat(job.get("rowsTotal").asInt()).isEqualTo(properties.maxRows());
		imports.awaitFinished(Tokens.importerPp(), job.get("id").asString());
	}

	@Test
	void aQueuedJobIsCancelledAtOnceARunningOneAfterItsBatch() throws Exception {
		JsonNode running = imports.upload(Tokens.importerPp(),
				ImportRequests.file("long.csv", CaseFiles.csv("R", 40_000, "KH-PP")), false);
		JsonNode queued = imports.upload(Tokens.importerPp(),
				ImportRequests.file("waiting.csv", CaseFiles.csv("Q", 10, "KH-PP")), false);

		mvc.perform(post("/api/imports/" + queued.get("id").asString() + "/cancellation").with(Tokens.importerPp()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		mvc.perform(post("/api/imports/" + running.get("id").asString() + "/cancellation").with(Tokens.importerPp()))
			.andExpect(status().isAccepted());

		JsonNode stopped = imports.awaitFinished(Tokens.importerPp(), running.get("id").asString());
		assertThat(stopped.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(stopped.at("/counts/rowsRead").asInt()).isLessThan(40_000);
		assertThat(storedCases()).as("cases already created stay").isEqualTo(stopped.at("/counts/imported").asLong());
		assertThat(mongo.count(query(where("paperForm.number").regex("^Q-")), ChildCase.class)).isZero();
		assertThat(spooledUploads()).isEmpty();
	}

	@Test
	void templatesComeFromTheCurrentColumnsAndReferenceDataAndImportBack() throws Exception {
		String csv = mvc.perform(get("/api/imports/templates/cases.csv").with(Tokens.importerPp()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\ufeff\"Paper form number\",\"District\",\"Given name\",\"Family name\",\"Sex\","
				+ "\"Date of birth\",\"Age (years)\",\"Concerns\",\"Risk level\"\r\n");
		assertThat(mvc.perform(get("/api/imports/templates/cases.csv?language=km").with(Tokens.importerPp()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("លេខទម្រង់ក្រដាស", "ថ្ងៃខែឆ្នាំកំណើត");

		byte[] xlsx = mvc.perform(get("/api/imports/templates/cases.xlsx").with(Tokens.admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(template.getSheetName(0)).isEqualTo("Cases");
			assertThat(template.getSheetName(1)).isEqualTo("Codes");
			Sheet cases = template.getSheetAt(0);
			assertThat(cases.getDataValidations()).hasSize(4);
			assertThat(template.getName("Districts").getRefersToFormula()).isEqualTo("'Codes'!$B$2:$B$7");
			Sheet codes = template.getSheetAt(1);
			assertThat(Stream.iterate(1, i -> i <= codes.getLastRowNum(), i -> i + 1)
				.map(codes::getRow)
				.map(row -> row.getCell(0))
				.filter(java.util.Objects::nonNull)
				.map(cell -> cell.getStringCellValue())).contains("KH-PP", "KH-SR");
			Row row = cases.createRow(1);
			String[] values = { "T-1", "Phnom Penh", "Sokha", "Chan", "Female", "03/05/2012", "", "Online grooming", "High" };
			for (int i = 0; i < values.length; i++) {
				row.createCell(i).setCellValue(values[i]);
			}
			filled = SampleWorkbooks.bytes(template);
		}
		JsonNode job = imports.importAndWait(Tokens.importerPp(), ImportRequests.file("filled.xlsx", filled), false);
		assertCounts(job, 1, 1, 0, 1, 0, 0);
		assertThat(byForm("T-1").concerns()).containsExactly("OCSEA_GROOMING");
	}

	private static void assertCounts(JsonNode job, int read, int valid, int rejected, int imported, int unchanged,
			int conflicts) {
		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		JsonNode counts = job.get("counts");
		assertThat(List.of(counts.get("rowsRead").asInt(), counts.get("valid").asInt(), counts.get("rejected").asInt(),
				counts.get("imported").asInt(), counts.get("unchanged").asInt(), counts.get("conflicts").asInt()))
			.as("read, valid, rejected, imported, unchanged, conflicts")
			.containsExactly(read, valid, rejected, imported, unchanged, conflicts);
	}

	private ChildCase byForm(String number) {
		List<ChildCase> found = mongo.find(query(where("paperForm.number").is(number)), ChildCase.class);
		assertThat(found).as("case of paper form " + number).hasSize(1);
		return found.get(0);
	}

	private static JsonNode rowNumbered(JsonNode page, int row) {
		for (JsonNode candidate : page.get("content")) {
			if (candidate.get("row").asInt() == row) {
				return candidate;
			}
		}
		throw new AssertionError("No report row " + row + " in " + page);
	}

	private static String problemOf(JsonNode page, int row) {
		JsonNode problem = rowNumbered(page, row).at("/problems/0");
		return problem.get("column").isNull() ? problem.get("message").asString()
				: problem.get("column").asString() + ": " + problem.get("message").asString();
	}

	private List<java.nio.file.Path> spooledUploads() throws Exception {
		if (!Files.isDirectory(properties.spoolDirectory())) {
			return List.of();
		}
		try (Stream<java.nio.file.Path> files = Files.list(properties.spoolDirectory())) {
			return files.toList();
		}
	}

}

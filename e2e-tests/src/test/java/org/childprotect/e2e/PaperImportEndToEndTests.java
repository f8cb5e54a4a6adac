package org.childprotect.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A district office moves paper records in through the gateway, as its clerk's browser does: template, dry run,
 * import, error report, the same file again; the imported cases are found by the district's supervisor and
 * counted by the ministry, because they went through the same outbox as cases typed in.
 */
class PaperImportEndToEndTests {

	@Test
	void anImporterDryRunsImportsAndUploadsTheSameFileTwiceWithoutDuplicates() {
		String importer = Tokens.of("importer.pp");
		Http.Response template = Http.get("/api/imports/templates/cases.csv", importer);
		assertThat(template.status()).isEqualTo(200);
		assertThat(template.contentType()).startsWith("text/csv");
		assertThat(template.body()).contains("Paper form number", "District", "Given name", "Risk level");

		String familyName = CaseFixtures.uniqueFamilyName("Import");
		String form = "E2E-" + UUID.randomUUID().toString().substring(0, 8);
		String file = String.join("\r\n",
				"Paper form number;District;Given name;Family name;Sex;Date of birth (dd/mm/yyyy);Age;Concerns;Risk level",
				form + "-1;Phnom Penh;Sokha;" + familyName + ";F;03/05/2012;;OCSEA_GROOMING, ocsea_sextortion;high",
				form + "-2;KH-PP;Dara;" + familyName + ";male;;about 12 years;NEGLECT;Medium",
				form + "-3;KH-PP;Vanna;" + familyName + ";M;2014;;Child labour;low",
				form + "-4;KH-SR;Bopha;" + familyName + ";F;2013-01-09;;NEGLECT;low",
				form + "-5;KH-PP;Nary;" + familyName + ";F;31/02/2012;;NEGLECT;low",
				"");
		int countedBefore = Reports.registeredIn("KH-PP");

		JsonNode dryRun = finished(upload(importer, file, true));
		assertThat(dryRun.at("/counts/valid").asLong()).isEqualTo(3);
		assertThat(dryRun.at("/counts/rejected").asLong()).isEqualTo(2);
		assertThat(dryRun.at("/counts/imported").asLong()).as("the report of a real run: what would be imported")
			.isEqualTo(3);
		assertThat(casesNamed(familyName)).as("a dry run writes nothing").isZero();

		JsonNode imported = finished(upload(importer, file, false));
		assertThat(imported.at("/counts/imported").asLong()).isEqualTo(3);
		assertThat(imported.at("/counts/rejected").asLong()).isEqualTo(2);
		Http.Response errors = Http.get("/api/imports/" + imported.get("id").asString() + "/error-report", importer);
		assertThat(errors.status()).isEqualTo(200);
		assertThat(errors.body()).contains(form + "-4", form + "-5").doesNotContain(form + "-1;");

		JsonNode again = finished(upload(importer, file, false));
		assertThat(again.at("/counts/imported").asLong()).as("the same file twice creates nothing").isZero();
		assertThat(again.at("/counts/unchanged").asLong()).isEqualTo(3);
		assertThat(again.at("/sameFileAs/jobId").asString()).isEqualTo(imported.get("id").asString());

		assertThat(casesNamed(familyName)).as("the supervisor finds each imported case once").isEqualTo(3);
		int counted = Reports.awaitRegisteredIn("KH-PP", count -> count >= countedBefore + 3, Duration.ofSeconds(15));
		assertThat(counted).as("the ministry counts imported cases like typed ones").isEqualTo(countedBefore + 3);
	}

	@Test
	void onlyImportersAndAdministratorsMayImport() {
		Http.Response refused = upload(Tokens.of("worker.pp"), "Paper form number;District\r\nX-1;KH-PP\r\n", true);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(Http.get("/api/imports", Tokens.of("analyst")).status()).isEqualTo(403);
	}

	private static Http.Response upload(String token, String csv, boolean dryRun) {
		String boundary = "----childprotect-e2e-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"district-office.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		return Http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/imports?dryRun=" + dryRun))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** Follows the job from the 202 until it has finished, as the import page's progress bar does. */
	private static JsonNode finished(Http.Response accepted) {
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String id = accepted.json().get("id").asString();
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			JsonNode job = Http.get("/api/imports/" + id, Tokens.of("importer.pp")).json();
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				assertThat(status).as(job.toString()).isEqualTo("COMPLETED");
				return job;
			}
			Reports.sleep(200);
		}
		throw new AssertionError("Import job " + id + " did not finish within 60 s");
	}

	private static int casesNamed(String familyName) {
		Http.Response found = Http.get("/api/cases?size=50&q=" + URLEncoder.encode(familyName, StandardCharsets.UTF_8),
				Tokens.of("supervisor.pp"));
		assertThat(found.status()).isEqualTo(200);
		return found.json().get("totalElements").asInt();
	}

}

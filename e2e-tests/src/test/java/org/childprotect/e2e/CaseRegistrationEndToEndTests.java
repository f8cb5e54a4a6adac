package org.childprotect.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's main path over HTTP through the gateway with real Keycloak tokens: a social worker registers a
 * case, finds it in "My cases", and the ministry sees the district count go up without seeing the child.
 */
class CaseRegistrationEndToEndTests {

	@Test
	void aRegisteredCaseShowsInMyCasesAndInTheMinistryCountWithoutTheName() {
		int before = Reports.settledRegisteredIn("KH-PP", Duration.ofSeconds(3));
		String familyName = CaseFixtures.uniqueFamilyName("Keo");

		Http.Response created = Http.postJson("/api/cases", Tokens.of("worker.pp"),
				CaseFixtures.highRiskGirlInPhnomPenh(familyName));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String location = created.raw().headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/api/cases/[0-9a-f-]{36}");
		assertThat(created.raw().headers().firstValue("ETag")).isPresent();

		Http.Response myCases = Http.get("/api/cases?page=0&size=100", Tokens.of("worker.pp"));
		assertThat(myCases.status()).isEqualTo(200);
		assertThat(myCases.body()).contains(familyName);

		int after = Reports.awaitRegisteredIn("KH-PP", count -> count > before, Duration.ofSeconds(15));
		assertThat(after).isEqualTo(before + 1);

		Http.Response report = Http.get("/api/reports/cases-by-district", Tokens.of("analyst"));
		assertThat(report.body()).doesNotContain(familyName).doesNotContain("Sophea").doesNotContain("2014-03-09");
	}

	@Test
	void theCaseReadBackCarriesWhatTheWorkerEntered() {
		String familyName = CaseFixtures.uniqueFamilyName("Chan");
		Http.Response created = Http.postJson("/api/cases", Tokens.of("worker.pp"),
				CaseFixtures.highRiskGirlInPhnomPenh(familyName));
		String id = created.json().get("id").asString();

		Http.Response read = Http.get("/api/cases/" + id, Tokens.of("worker.pp"));

		assertThat(read.status()).isEqualTo(200);
		JsonNode body = read.json();
		assertThat(body.get("familyName").asString()).isEqualTo(familyName);
		assertThat(body.get("district").asString()).isEqualTo("KH-PP");
		assertThat(body.get("riskLevel").asString()).isEqualTo("HIGH");
		assertThat(body.get("caseNumber").asString()).startsWith("KH-PP-");
	}

	@Test
	void withoutATokenTheApiAnswers401() {
		Http.Response response = Http.get("/api/cases", null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
	}

	@Test
	void aMinistryAnalystCannotReadACase() {
		String id = registerInPhnomPenh();

		assertThat(Http.get("/api/cases/" + id, Tokens.of("analyst")).status()).isEqualTo(403);
		assertThat(Http.get("/api/cases", Tokens.of("analyst")).status()).isEqualTo(403);
	}

	@Test
	void aSocialWorkerOfAnotherDistrictGets404() {
		String id = registerInPhnomPenh();

		Http.Response response = Http.get("/api/cases/" + id, Tokens.of("worker.sr"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(Http.get("/api/cases?size=100", Tokens.of("worker.sr")).body()).doesNotContain(id);
	}

	@Test
	void theSupervisorOfTheDistrictSeesTheWorkersCase() {
		String id = registerInPhnomPenh();

		assertThat(Http.get("/api/cases/" + id, Tokens.of("supervisor.pp")).status()).isEqualTo(200);
		assertThat(Http.get("/api/cases/" + id, Tokens.of("supervisor.sr")).status()).isEqualTo(404);
	}

	@Test
	void theMinistrySystemReadsAggregatesWithClientCredentials() {
		Http.Response response = Http.get("/api/reports/cases-by-district", Tokens.ministrySystem());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.json().get("rows").isArray()).isTrue();
		assertThat(Http.get("/api/cases", Tokens.ministrySystem()).status()).isEqualTo(403);
	}

	@Test
	void everyoneLoggedInCanReadTheAgencyDirectory() {
		Http.Response response = Http.get("/api/agencies?size=50", Tokens.of("officer.helpline"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("AG-HELPLINE");
	}

	private static String registerInPhnomPenh() {
		Http.Response created = Http.postJson("/api/cases", Tokens.of("worker.pp"),
				CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Sok")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}

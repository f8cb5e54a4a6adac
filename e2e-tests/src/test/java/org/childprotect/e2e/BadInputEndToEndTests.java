package org.childprotect.e2e;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input through the gateway gets a 4xx problem naming the problem, and nothing is stored. */
class BadInputEndToEndTests {

	private final String worker = Tokens.of("worker.pp");

	@Test
	void malformedJsonIsRejected() {
		long before = myCaseCount();

		Http.Response response = Http.postJson("/api/cases", worker, "{\"givenName\": \"Sophea\", ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).containsIgnoringCase("JSON");
		assertThat(myCaseCount()).isEqualTo(before);
	}

	@Test
	void missingRequiredFieldsAreNamed() {
		long before = myCaseCount();

		Http.Response response = Http.postJson("/api/cases", worker, Map.of("givenName", "Sophea"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body()).contains("familyName").contains("district").contains("riskLevel");
		assertThat(myCaseCount()).isEqualTo(before);
	}

	@Test
	void anUnknownDistrictIsNamed() {
		long before = myCaseCount();
		Map<String, Object> body = CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Lim"));
		body.put("district", "XX-NOWHERE");

		Http.Response response = Http.postJson("/api/cases", worker, body);

		assertThat(response.status()).isBetween(400, 422);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.body()).contains("district");
		assertThat(myCaseCount()).isEqualTo(before);
	}

	@Test
	void anOversizedBodyIsRefusedBeforeReachingTheService() {
		long before = myCaseCount();
		Map<String, Object> body = CaseFixtures.highRiskGirlInPhnomPenh("X".repeat(2 * 1024 * 1024));

		Http.Response response = Http.postJson("/api/cases", worker, body);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).as(response.contentType()).isTrue();
		assertThat(myCaseCount()).isEqualTo(before);
	}

	@Test
	void anUnknownFieldIsNamed() {
		long before = myCaseCount();
		Map<String, Object> body = CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Ros"));
		body.put("favouriteColour", "blue");

		Http.Response response = Http.postJson("/api/cases", worker, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).contains("favouriteColour");
		assertThat(myCaseCount()).isEqualTo(before);
	}

	private long myCaseCount() {
		Http.Response response = Http.get("/api/cases?size=1", worker);
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("totalElements").asLong();
	}

}

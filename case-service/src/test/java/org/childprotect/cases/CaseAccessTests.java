package org.childprotect.cases;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what to which case, with tokens shaped like Keycloak's: role decides the action, district and
 * ownership decide the records. Out-of-scope cases answer 404 so their existence is not revealed.
 */
class CaseAccessTests extends CaseServiceTestContext {

	private String ppCaseOfWorkerPp;

	@BeforeEach
	void aCaseInPhnomPenhRegisteredByWorkerPp() throws Exception {
		String body = mvc
			.perform(post("/api/cases").with(Tokens.workerPp())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CaseRequests.girlGroomedOnline("KH-PP")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ppCaseOfWorkerPp = JsonMapper.builder().build().readTree(body).get("id").asString();
	}

	@Test
	void anonymousCallersAreAskedToAuthenticate() throws Exception {
		mvc.perform(get("/api/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/cases/" + ppCaseOfWorkerPp)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-PP"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/reference-data")).andExpect(status().isUnauthorized());
	}

	@Test
	void rolesWithoutCaseworkCannotReadOrRegisterCases() throws Exception {
		for (RequestPostProcessor token : List.of(Tokens.analyst(), Tokens.officerHelpline(), Tokens.importerPp(),
				Tokens.admin())) {
			mvc.perform(get("/api/cases/" + ppCaseOfWorkerPp).with(token))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/cases").with(token)).andExpect(status().isForbidden());
			mvc.perform(post("/api/cases").with(token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(CaseRequests.girlGroomedOnline("KH-PP"))).andExpect(status().isForbidden());
		}
		assertStoredCases(1);
	}

	@Test
	void caseworkersRegisterOnlyInTheirOwnDistricts() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.supervisorPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-PP"))).andExpect(status().isCreated());
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-SR")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/cases").with(Tokens.supervisorSr())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-PP"))).andExpect(status().isForbidden());
		assertStoredCases(2);
	}

	@Test
	void theOwnerAndTheDistrictSupervisorSeeTheCase() throws Exception {
		mvc.perform(get("/api/cases/" + ppCaseOfWorkerPp).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(ppCaseOfWorkerPp));
		mvc.perform(get("/api/cases/" + ppCaseOfWorkerPp).with(Tokens.supervisorPp())).andExpect(status().isOk());
	}

	@Test
	void casesOutsideTheCallersScopeAreNotFound() throws Exception {
		RequestPostProcessor colleagueInSameDistrict = Tokens.user("worker.pp2", "social-worker", "AG-DOSVY-PP",
				"KH-PP");
		for (RequestPostProcessor token : List.of(Tokens.supervisorSr(), Tokens.workerSr(), colleagueInSameDistrict)) {
			mvc.perform(get("/api/cases/" + ppCaseOfWorkerPp).with(token))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value("The case was not found."));
		}
		mvc.perform(get("/api/cases/not-a-uuid").with(Tokens.workerPp())).andExpect(status().isNotFound());
	}

	@Test
	void listsShowOnlyCasesInScope() throws Exception {
		mvc.perform(get("/api/cases").with(Tokens.workerPp())).andExpect(jsonPath("$.content", hasSize(1)));
		mvc.perform(get("/api/cases").with(Tokens.supervisorPp())).andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(get("/api/cases").with(Tokens.supervisorSr()))
			.andExpect(jsonPath("$.content", hasSize(0)))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/cases").with(Tokens.workerSr())).andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void anySignedInUserReadsTheReferenceDataInBothLanguages() throws Exception {
		mvc.perform(get("/api/reference-data").with(Tokens.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districts[?(@.code == 'KH-PP')].region").value("KH-PP-R"))
			.andExpect(jsonPath("$.districts[?(@.code == 'KH-SR')].name").value("Siem Reap"))
			.andExpect(jsonPath("$.districts[?(@.code == 'KH-BB')].regionName").value("North-West"))
			.andExpect(jsonPath("$.concerns[?(@.code == 'OCSEA_GROOMING')].label").value("Online grooming"))
			.andExpect(jsonPath("$.concerns[?(@.code == 'NEGLECT')].labels.km").value("ការធ្វេសប្រហែស"))
			.andExpect(jsonPath("$.riskLevels[*].code").value(org.hamcrest.Matchers.contains("HIGH", "MEDIUM", "LOW")))
			.andExpect(jsonPath("$.sexes", hasSize(4)));
	}

	@Test
	void probesMetricsAndApiDocsAreOpen() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cases']").exists())
			.andExpect(jsonPath("$.paths['/api/reference-data']").exists());
	}

	private void assertStoredCases(long expected) {
		org.assertj.core.api.Assertions.assertThat(storedCases()).isEqualTo(expected);
	}

}

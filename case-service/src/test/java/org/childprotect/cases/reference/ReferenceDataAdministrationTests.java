package org.childprotect.cases.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.childprotect.cases.CaseRequests;
import org.childprotect.cases.CaseServiceTestContext;
import org.childprotect.cases.Tokens;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reference data is data: seeded from the versioned files (v1, then the additions of v2), edited by
 * administrators at run time, every edit audited and in force at once.
 */
class ReferenceDataAdministrationTests extends CaseServiceTestContext {

	@Test
	void theSecondFileAddsTheWorkflowCodesToTheFirst() throws Exception {
		mvc.perform(get("/api/reference-data").with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.districts[?(@.code == 'KH-PP')].region").value("KH-PP-R"))
			.andExpect(jsonPath("$.serviceTypes[?(@.code == 'MEDICAL_CARE')].group").value("HEALTH"))
			.andExpect(jsonPath("$.closureReasons[?(@.code == 'CASE_PLAN_COMPLETED')].labels.km").isNotEmpty())
			.andExpect(jsonPath("$.sources[*].code").value(org.hamcrest.Matchers.contains("HELPLINE", "POLICE",
					"SCHOOL", "HEALTH", "COMMUNITY", "SELF", "ONLINE_PLATFORM", "PAPER_IMPORT")))
			.andExpect(jsonPath("$.needDomains[*].code").value(org.hamcrest.Matchers.contains("SAFETY", "HEALTH",
					"PSYCHOSOCIAL", "FAMILY_CARE", "EDUCATION", "JUSTICE")))
			.andExpect(jsonPath("$.communes[?(@.code == 'KH-SR-SKM')].district").value("KH-SR"))
			.andExpect(jsonPath("$.assessmentDeadlines.HIGH").value("PT24H"))
			.andExpect(jsonPath("$.assessmentDeadlines.MEDIUM").value("P3D"))
			.andExpect(jsonPath("$.assessmentDeadlines.LOW").value("P7D"))
			.andExpect(jsonPath("$.sharingProfiles.MEDICAL_CARE").isArray());
		assertThat(mongo.findById("v2", ReferenceDataVersion.class)).isNotNull();
	}

	@Test
	void anAdministratorAddsACodeThatCountsAtOnceAndIsAudited() throws Exception {
		putEntry("serviceTypes", "PEER_SUPPORT", """
				{"labels": {"en": "Peer support group", "km": "ក្រុមគាំទ្រមិត្តភក្តិ"}, "group": "PSYCHOSOCIAL"}
				""").andExpect(status().isCreated()).andExpect(jsonPath("$.code").value("PEER_SUPPORT"));
		putEntry("serviceTypes", "PEER_SUPPORT", """
				{"labels": {"en": "Peer support", "km": "ការគាំទ្រពីមិត្តភក្តិ"}, "group": "PSYCHOSOCIAL"}
				""").andExpect(status().isOk());

		mvc.perform(get("/api/reference-data").with(Tokens.workerPp()))
			.andExpect(jsonPath("$.serviceTypes[-1].code").value("PEER_SUPPORT"))
			.andExpect(jsonPath("$.serviceTypes[-1].label").value("Peer support"));
		assertThat(mongo.findAll(AuditEntry.class)).filteredOn(e -> e.action() == AuditAction.REFERENCE_DATA_CHANGED)
			.extracting(AuditEntry::actorUsername, e -> e.sections().get(0))
			.containsOnly(org.assertj.core.groups.Tuple.tuple("admin", "referenceData.serviceTypes.PEER_SUPPORT"));
	}

	@Test
	void aChangedDeadlineAppliesToTheNextRegistration() throws Exception {
		putEntry("assessmentDeadlines", "HIGH", """
				{"duration": "PT12H"}
				""").andExpect(status().isOk());
		try {
			String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/cases")
				.with(Tokens.workerPp())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CaseRequests.girlGroomedOnline("KH-PP"))).andReturn().getResponse().getContentAsString();
			var created = JsonMapper.builder().build().readTree(body);
			Instant registeredAt = Instant.parse(created.get("registeredAt").asString());
			assertThat(Instant.parse(created.get("assessmentDueAt").asString()))
				.isEqualTo(registeredAt.plus(Duration.ofHours(12)));
		}
		finally {
			putEntry("assessmentDeadlines", "HIGH", """
					{"duration": "PT24H"}
					""").andExpect(status().isOk());
		}
	}

	@Test
	void entriesTheRulesCannotTakeAreRefusedNamingTheField() throws Exception {
		putEntry("riskLevels", "EXTREME", """
				{"labels": {"en": "Extreme", "km": "ខ្លាំងបំផុត"}}
				""").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("code"));
		putEntry("assessmentDeadlines", "LOW", """
				{"duration": "next week"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("duration"));
		putEntry("sharingProfiles", "MEDICAL_CARE", """
				{"fields": ["givenName", "notes"]}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("cannot be shared: notes"));
		putEntry("communes", "KH-XX-ONE", """
				{"labels": {"en": "One", "km": "មួយ"}, "district": "KH-XX"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("district"));
		putEntry("concerns", "NEW_CONCERN", """
				{"labels": {"en": "New", "km": "ថ្មី"}, "duration": "PT1H"}
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("duration"));
		putEntry("concerns", "lower-case", """
				{"labels": {"en": "New", "km": "ថ្មី"}}
				""").andExpect(status().isUnprocessableContent());
		putEntry("planets", "MARS", """
				{"labels": {"en": "Mars", "km": "ភពអង្គារ"}}
				""").andExpect(status().isNotFound());

		mvc.perform(get("/api/reference-data").with(Tokens.admin()))
			.andExpect(jsonPath("$.riskLevels.length()").value(3))
			.andExpect(jsonPath("$.assessmentDeadlines.LOW").value("P7D"))
			.andExpect(jsonPath("$.sharingProfiles.MEDICAL_CARE[*]").value(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.hasItem("notes"))));
	}

	private ResultActions putEntry(String kind, String code, String body) throws Exception {
		return mvc.perform(put("/api/reference-data/" + kind + "/" + code).with(Tokens.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}

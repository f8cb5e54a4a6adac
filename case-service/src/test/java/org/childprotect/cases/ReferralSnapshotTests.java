package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the referral service gets for a referral: only the fields the service type's sharing profile names, and
 * nothing about the child without a referral consent in force; every read audited as a referral snapshot.
 */
class ReferralSnapshotTests extends CaseServiceTestContext {

	private final JsonMapper json = JsonMapper.builder().build();

	private CaseHttp http;

	private String id;

	private String path;

	@BeforeEach
	void aCaseWithDetailsAndNotes() throws Exception {
		http = new CaseHttp(mvc);
		id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		path = "/api/cases/" + id;
		http.change(HttpMethod.PATCH, path + "/registration", Tokens.workerPp(), WorkflowBodies.registrationDetails());
		http.change(HttpMethod.POST, path + "/notes", Tokens.workerPp(), WorkflowBodies.note("Disclosure", true));
	}

	@Test
	void withoutAReferralConsentNothingAboutTheChildIsShared() throws Exception {
		mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE").with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseId").value(id))
			.andExpect(jsonPath("$.district").value("KH-PP"))
			.andExpect(jsonPath("$.ownerAgency").value("AG-DOSVY-PP"))
			.andExpect(jsonPath("$.riskLevel").value("HIGH"))
			.andExpect(jsonPath("$.consent.referral").value(false))
			.andExpect(jsonPath("$.snapshot").isMap())
			.andExpect(jsonPath("$.snapshot").isEmpty());
	}

	@Test
	void withConsentTheProfileOfTheServiceTypeDecidesTheFields() throws Exception {
		http.change(HttpMethod.POST, path + "/consents", Tokens.workerPp(), WorkflowBodies.consent("REFERRAL"));

		JsonNode medical = snapshot("MEDICAL_CARE");
		JsonNode helpline = snapshot("HELPLINE_COUNSELLING");

		assertThat(medical.at("/consent/referral").asBoolean()).isTrue();
		assertThat(medical.get("caseNumber").asString()).startsWith("KH-PP-");
		assertThat(medical.get("snapshot").propertyNames()).containsExactly("givenName", "familyName", "ageYears",
				"sex", "caregivers", "concerns");
		assertThat(medical.at("/snapshot/givenName").asString()).isEqualTo("Sokha");
		assertThat(medical.at("/snapshot/caregivers/0/contact").asString()).isEqualTo("012 345 678");
		assertThat(medical.at("/snapshot/concerns/0").asString()).isEqualTo("OCSEA_GROOMING");
		assertThat(helpline.get("snapshot").propertyNames()).containsExactly("givenName", "sex", "ageYears",
				"languages");
		assertThat(medical.toString() + helpline).doesNotContain("Disclosure", "2011-10-02", "Cambodian");
	}

	@Test
	void aWithdrawnConsentStopsTheSharing() throws Exception {
		JsonNode consented = http.change(HttpMethod.POST, path + "/consents", Tokens.workerPp(),
				WorkflowBodies.consent("REFERRAL"));
		http.change(HttpMethod.POST, path + "/consents/" + consented.at("/consents/0/id").asString() + "/withdrawal",
				Tokens.workerPp(), WorkflowBodies.withdrawal());

		JsonNode shared = snapshot("MEDICAL_CARE");
		assertThat(shared.at("/consent/referral").asBoolean()).isFalse();
		assertThat(shared.get("snapshot").isEmpty()).isTrue();
	}

	@Test
	void everyReadIsAuditedAsAReferralSnapshotNamingTheSharedSections() throws Exception {
		http.change(HttpMethod.POST, path + "/consents", Tokens.workerPp(), WorkflowBodies.consent("REFERRAL"));
		snapshot("LEGAL_SUPPORT");

		List<AuditEntry> reads = mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class)
			.stream()
			.filter(entry -> entry.action() == AuditAction.REFERRAL_SNAPSHOT_READ)
			.toList();
		assertThat(reads).singleElement().satisfies(entry -> {
			assertThat(entry.reason()).isEqualTo("referral snapshot");
			assertThat(entry.caseIds()).containsExactly(id);
			assertThat(entry.sections()).containsExactly("givenName", "familyName", "sex", "ageYears",
					"dateOfBirth", "nationality", "concerns", "consents");
		});
	}

	@Test
	void anUnknownServiceTypeIsNamed() throws Exception {
		mvc.perform(get(path + "/referral-snapshot?serviceType=ASTROLOGY").with(Tokens.workerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("serviceType"));
		mvc.perform(get(path + "/referral-snapshot").with(Tokens.workerPp()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aSupervisorsDocumentedOverrideSharesTheProfileWithoutConsentAndIsAudited() throws Exception {
		String referralId = UUID.randomUUID().toString();

		mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE&consentOverride=true&referralId="
				+ referralId)
			.with(Tokens.supervisorPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.consent.referral").value(false))
			.andExpect(jsonPath("$.consent.override").value(true))
			.andExpect(jsonPath("$.snapshot.givenName").value("Sokha"));

		assertThat(snapshotReads()).singleElement()
			.satisfies(entry -> assertThat(entry.reason()).isEqualTo(ReferralSnapshots.OVERRIDE_REASON + referralId));
	}

	@Test
	void anOverrideIsForSupervisorsOfTheDistrictOnlyAndMustNameItsReferral() throws Exception {
		String override = path + "/referral-snapshot?serviceType=MEDICAL_CARE&consentOverride=true&referralId="
				+ UUID.randomUUID();

		mvc.perform(get(override).with(Tokens.workerPp())).andExpect(status().isForbidden());
		mvc.perform(get(override).with(Tokens.supervisorSr())).andExpect(status().isNotFound());
		mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE&consentOverride=true")
			.with(Tokens.supervisorPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("referralId"));
		assertThat(snapshotReads()).as("nothing was shared").isEmpty();
		mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.consent.override").value(false))
			.andExpect(jsonPath("$.snapshot").isEmpty());
	}

	private List<AuditEntry> snapshotReads() {
		return mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class)
			.stream()
			.filter(entry -> entry.action() == AuditAction.REFERRAL_SNAPSHOT_READ)
			.toList();
	}

	private JsonNode snapshot(String serviceType) throws Exception {
		return json.readTree(mvc.perform(get(path + "/referral-snapshot?serviceType=" + serviceType)
			.with(Tokens.workerPp())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}

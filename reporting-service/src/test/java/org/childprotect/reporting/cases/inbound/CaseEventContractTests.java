package org.childprotect.reporting.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.childprotect.reporting.CaseEventFixtures;
import org.childprotect.reporting.cases.AdvancedStage;
import org.childprotect.reporting.cases.AssignedCase;
import org.childprotect.reporting.cases.CaseChange;
import org.childprotect.reporting.cases.CaseFixtures;
import org.childprotect.reporting.cases.ChangedConsent;
import org.childprotect.reporting.cases.ChangedRisk;
import org.childprotect.reporting.cases.ClosedCase;
import org.childprotect.reporting.cases.CompletedAssessment;
import org.childprotect.reporting.cases.RecordedService;
import org.childprotect.reporting.cases.ReopenedCase;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads case-service's own example of every workflow event with this service's own types: if the producer renames
 * or drops a field the statistics need, these tests fail here rather than in production.
 */
class CaseEventContractTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final CaseEventTranslator translator = new CaseEventTranslator(json, CaseFixtures.rules());

	@Test
	void aRiskChangeGivesTheNewLevel() {
		ChangedRisk change = read("CaseRiskChanged", ChangedRisk.class);

		assertThat(change.riskLevel()).isEqualTo(data("CaseRiskChanged").get("riskLevel").asString());
	}

	@Test
	void anAssessmentGivesItsDayTheRiskAndWhetherItMetTheDeadline() {
		CompletedAssessment change = read("CaseAssessed", CompletedAssessment.class);
		JsonNode data = data("CaseAssessed");

		assertThat(change.assessedOn()).isEqualTo(LocalDate.parse(data.get("assessedAt").asString().substring(0, 10)));
		assertThat(change.riskLevel()).isEqualTo(data.get("riskLevel").asString());
		// The example is assessed before it was due.
		assertThat(change.withinDeadline()).isTrue();
	}

	@Test
	void aStageChangeGivesTheNewStage() {
		assertThat(read("CaseStageAdvanced", AdvancedStage.class).stage())
			.isEqualTo(data("CaseStageAdvanced").get("stage").asString());
	}

	@Test
	void aRecordedServiceGivesItsTypeStatusAndDeliveryDay() {
		RecordedService change = read("CaseServiceRecorded", RecordedService.class);
		JsonNode data = data("CaseServiceRecorded");

		assertThat(change.serviceType()).isEqualTo(data.get("serviceType").asString());
		assertThat(change.status()).isEqualTo(data.get("status").asString());
		assertThat(change.deliveredOn()).isEqualTo(LocalDate.parse(data.get("deliveredOn").asString()));
	}

	@Test
	void aConsentChangeSaysWhetherStatisticsAreConsentedToNow() {
		ChangedConsent change = read("CaseConsentChanged", ChangedConsent.class);
		List<String> purposes = new ArrayList<>();
		data("CaseConsentChanged").get("activePurposes").forEach(purpose -> purposes.add(purpose.asString()));
		boolean statistics = purposes.contains(ChangedConsent.STATISTICS);

		assertThat(change.consents()).singleElement().satisfies(consent -> {
			assertThat(consent.purpose()).isEqualTo(ChangedConsent.STATISTICS);
			assertThat(consent.active()).isEqualTo(statistics);
		});
	}

	@Test
	void aClosureGivesItsDayAndReasonCode() {
		ClosedCase change = read("CaseClosed", ClosedCase.class);
		JsonNode data = data("CaseClosed");

		assertThat(change.closedOn()).isEqualTo(LocalDate.parse(data.get("closedOn").asString()));
		assertThat(change.reason()).isEqualTo(data.get("reason").asString());
	}

	@Test
	void aReopeningGivesItsDayAndStage() {
		ReopenedCase change = read("CaseReopened", ReopenedCase.class);
		JsonNode data = data("CaseReopened");

		assertThat(change.reopenedOn()).isEqualTo(LocalDate.parse(data.get("reopenedOn").asString()));
		assertThat(change.stage()).isEqualTo(data.get("stage").asString());
	}

	@Test
	void anAssignmentIsReadButTakesNothingAboutTheWorker() {
		assertThat(read("CaseAssigned", AssignedCase.class).caseId())
			.isEqualTo(UUID.fromString(data("CaseAssigned").get("caseId").asString()));
	}

	@Test
	void noExampleCarriesAnIdentifyingField() {
		for (String type : new String[] { "CaseRiskChanged", "CaseAssessed", "CaseStageAdvanced", "CaseServiceRecorded",
				"CaseConsentChanged", "CaseClosed", "CaseReopened", "CaseAssigned" }) {
			assertThat(data(type).propertyNames()).as(type)
				.doesNotContain("givenName", "familyName", "name", "dateOfBirth", "birthDate", "caseNumber", "notes",
						"comment", "workerUsername");
		}
	}

	private <T extends CaseChange> T read(String type, Class<T> expected) {
		String example = CaseEventFixtures.producerExample(type);
		CaseEventEnvelope envelope = translator.envelope(example);
		assertThat(translator.reportsOn(envelope)).isTrue();
		CaseChange change = translator.change(envelope);
		JsonNode raw = json.readTree(example);
		assertThat(change).isInstanceOf(expected);
		assertThat(change.caseId()).isEqualTo(UUID.fromString(raw.get("aggregateId").asString()));
		assertThat(change.version()).isEqualTo(raw.get("aggregateVersion").asLong());
		return expected.cast(change);
	}

	private JsonNode data(String type) {
		return json.readTree(CaseEventFixtures.producerExample(type)).get("data");
	}

}

package org.childprotect.reporting.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.childprotect.reporting.CaseEventFixtures;
import org.childprotect.reporting.cases.CaseFixtures;
import org.childprotect.reporting.cases.ChangedConsent;
import org.childprotect.reporting.cases.CompletedAssessment;
import org.childprotect.reporting.cases.RegisteredCase;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class CaseEventTranslatorUnitTests {

	private final CaseEventTranslator translator = new CaseEventTranslator(JsonMapper.builder().build(), CaseFixtures.rules());

	@Test
	void unknownPropertiesAreIgnoredSoProducerAdditionsDoNotBreakTheConsumer() {
		UUID caseId = UUID.randomUUID();
		String event = CaseEventFixtures.caseRegisteredWithPersonalData(caseId, "KH-PP",
				Map.of("someFutureField", "value"));

		RegisteredCase registered = translator.registeredCase(translator.envelope(event));

		assertThat(registered.caseId()).isEqualTo(caseId);
		assertThat(registered.district()).isEqualTo("KH-PP");
	}

	@Test
	void anEventWithoutARequiredFieldIsUnreadableAndSaysWhich() {
		String event = CaseEventFixtures.caseRegisteredWithout("riskLevel", UUID.randomUUID(), "KH-PP");

		assertThatThrownBy(() -> translator.registeredCase(translator.envelope(event)))
			.isInstanceOf(UnreadableCaseEvent.class)
			.hasMessageContaining("riskLevel");
	}

	@Test
	void anAgeIsOptionalBecauseManyChildrenArriveWithoutOne() {
		String event = CaseEventFixtures.caseRegisteredWithout("ageYears", UUID.randomUUID(), "KH-PP");

		assertThat(translator.registeredCase(translator.envelope(event)).ageYears()).isNull();
	}

	@Test
	void textThatIsNotJsonOrHasNoTypeIsUnreadable() {
		assertThatThrownBy(() -> translator.envelope("not json at all")).isInstanceOf(UnreadableCaseEvent.class);
		assertThatThrownBy(() -> translator.envelope("{\"eventId\":\"" + UUID.randomUUID() + "\"}"))
			.isInstanceOf(UnreadableCaseEvent.class)
			.hasMessageContaining("type");
		assertThatThrownBy(() -> translator.envelope(null)).isInstanceOf(UnreadableCaseEvent.class);
	}

	@Test
	void typesThisServiceDoesNotReportOnAreRecognisedAsSuch() {
		UUID caseId = UUID.randomUUID();

		assertThat(translator.reportsOn(translator.envelope(CaseEventFixtures.otherCaseEvent("CaseNoteAdded", caseId, 3))))
			.isFalse();
		assertThat(translator.reportsOn(translator.envelope(CaseEventFixtures.event("CaseClosed", caseId, 3, Map.of()))))
			.isTrue();
	}

	@Test
	void aConsentEventWithoutTheCaseLevelPurposesIsReadPerConsent() {
		UUID caseId = UUID.randomUUID();
		String given = CaseEventFixtures.event("CaseConsentChanged", caseId, 4, Map.of("purpose", "STATISTICS"))
			.replaceFirst(",?\\s*\"activePurposes\"\\s*:\\s*\\[[^\\]]*\\]", "");

		ChangedConsent change = (ChangedConsent) translator.change(translator.envelope(given));

		assertThat(change.consents()).singleElement().satisfies(consent -> assertThat(consent.active()).isTrue());
	}

	@Test
	void anAssessmentWithoutADueDateLeavesTheDeadlineToTheDays() {
		UUID caseId = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>();
		data.put("dueAt", null);
		String event = CaseEventFixtures.event("CaseAssessed", caseId, 2, data);

		CompletedAssessment change = (CompletedAssessment) translator.change(translator.envelope(event));

		assertThat(change.withinDeadline()).isNull();
		assertThat(change.assessedOn()).isNotNull();
	}

	@Test
	void aClosureWithoutAReasonIsUnreadableAndSaysWhich() {
		UUID caseId = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>();
		data.put("reason", null);

		assertThatThrownBy(() -> translator.change(translator.envelope(CaseEventFixtures.event("CaseClosed", caseId, 5, data))))
			.isInstanceOf(UnreadableCaseEvent.class)
			.hasMessageContaining("reason");
	}

	@Test
	void theReasonNeverQuotesAValueFromTheMessageBecauseItEndsUpInLogs() {
		String event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1, "KH-PP")
			.replaceFirst("\"registeredOn\"\\s*:\\s*\"[^\"]*\"", "\"registeredOn\":\"Sreymom Chantha\"");

		assertThatThrownBy(() -> translator.registeredCase(translator.envelope(event)))
			.isInstanceOf(UnreadableCaseEvent.class)
			.hasMessageContaining("registeredOn")
			.hasMessageNotContaining("Sreymom");
	}

}

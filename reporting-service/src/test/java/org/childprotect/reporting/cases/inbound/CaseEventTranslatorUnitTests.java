package org.childprotect.reporting.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.childprotect.reporting.CaseEventFixtures;
import org.childprotect.reporting.cases.RegisteredCase;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class CaseEventTranslatorUnitTests {

	private final CaseEventTranslator translator = new CaseEventTranslator(JsonMapper.builder().build());

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
	void theReasonNeverQuotesAValueFromTheMessageBecauseItEndsUpInLogs() {
		String event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1, "KH-PP")
			.replaceFirst("\"registeredOn\"\\s*:\\s*\"[^\"]*\"", "\"registeredOn\":\"Sreymom Chantha\"");

		assertThatThrownBy(() -> translator.registeredCase(translator.envelope(event)))
			.isInstanceOf(UnreadableCaseEvent.class)
			.hasMessageContaining("registeredOn")
			.hasMessageNotContaining("Sreymom");
	}

}

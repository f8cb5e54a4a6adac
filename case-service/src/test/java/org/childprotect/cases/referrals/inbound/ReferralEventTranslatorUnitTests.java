package org.childprotect.cases.referrals.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseReferral;
import org.childprotect.cases.referrals.ReferralAnnouncement;
import org.childprotect.cases.referrals.ReferralEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReferralEventTranslatorUnitTests {

	/** Strict like the service's own mapper, which rejects unknown fields in HTTP bodies. */
	private final ReferralEventTranslator translator = new ReferralEventTranslator(
			JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

	static Iterable<String> publishedTypes() {
		return ReferralEventTranslator.REFERRAL_TYPES;
	}

	@ParameterizedTest
	@MethodSource("publishedTypes")
	void readsEveryExampleTheProducerPublishes(String type) {
		ObjectNode example = ReferralEvents.example(type);
		var data = example.get("data");

		TranslatedReferralEvent event = translator.translate(data.get("caseId").asString(),
				ReferralEvents.json(example));

		assertThat(event).isInstanceOf(TranslatedReferralEvent.Relevant.class);
		ReferralAnnouncement announcement = ((TranslatedReferralEvent.Relevant) event).announcement();
		CaseReferral referral = announcement.referral();
		assertThat(announcement.type()).isEqualTo(type);
		assertThat(announcement.caseId()).isEqualTo(CaseId.of(data.get("caseId").asString()));
		assertThat(referral.referralId()).isEqualTo(example.get("aggregateId").asString());
		assertThat(referral.version()).isEqualTo(example.get("aggregateVersion").asLong());
		assertThat(referral.kind().name()).isEqualTo(data.get("kind").asString());
		assertThat(referral.status().name()).isEqualTo(data.get("status").asString());
		assertThat(referral.fromAgency()).isEqualTo(data.get("fromAgency").asString());
		assertThat(referral.toAgency()).isEqualTo(data.get("toAgency").asString());
		assertThat(referral.overdue()).isEqualTo(data.get("overdue").asBoolean());
		assertThat(referral.requestedAt()).isEqualTo(Instant.parse(data.get("requestedAt").asString()));
	}

	@Test
	void anAcceptedTransferNamesTheNewOwner() {
		TranslatedReferralEvent event = translator.translate(null,
				ReferralEvents.json(ReferralEvents.example("TransferAccepted")));

		CaseReferral transfer = ((TranslatedReferralEvent.Relevant) event).announcement().referral();
		assertThat(transfer.movesOwnership()).isTrue();
		assertThat(transfer.receivingOwner()).isEqualTo("AG-DOSVY-SR");
	}

	@Test
	void toleratesFieldsTheProducerAddsLater() {
		ObjectNode event = ReferralEvents.of("ReferralRequested", UUID.randomUUID(), UUID.randomUUID(), 0);
		event.put("traceId", "abc");
		((ObjectNode) event.get("data")).put("priorityScore", 7);

		assertThat(translator.translate(null, ReferralEvents.json(event)))
			.isInstanceOf(TranslatedReferralEvent.Relevant.class);
	}

	@Test
	void aWellFormedEventOfAnotherTypeIsSkipped() {
		ObjectNode event = ReferralEvents.of("ReferralRequested", UUID.randomUUID(), UUID.randomUUID(), 0);
		event.put("type", "ReferralEscalated");

		assertThat(translator.translate(null, ReferralEvents.json(event)))
			.isEqualTo(new TranslatedReferralEvent.Ignored("ReferralEscalated"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "not json", "{\"type\": \"Sokha Chan\"}", "[1, 2]" })
	void unreadableRecordsAreRefusedWithoutQuotingThem(String value) {
		assertThatThrownBy(() -> translator.translate(null, value)).isInstanceOf(UnreadableReferralEvent.class)
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("Sokha").doesNotContain("not json"));
		assertThat(translator.typeOf(value)).isEqualTo("unreadable");
	}

	@Test
	void anEventWhoseKeyIsAnotherCaseIsRefused() {
		ObjectNode event = ReferralEvents.of("ReferralAccepted", UUID.randomUUID(), UUID.randomUUID(), 1);

		assertThatThrownBy(() -> translator.translate(UUID.randomUUID().toString(), ReferralEvents.json(event)))
			.isInstanceOf(UnreadableReferralEvent.class)
			.hasMessageContaining("key");
	}

	@Test
	void anEventWhoseDataNamesAnotherReferralIsRefused() {
		ObjectNode event = ReferralEvents.of("ReferralAccepted", UUID.randomUUID(), UUID.randomUUID(), 1);
		((ObjectNode) event.get("data")).put("referralId", UUID.randomUUID().toString());

		assertThatThrownBy(() -> translator.translate(null, ReferralEvents.json(event)))
			.isInstanceOf(UnreadableReferralEvent.class)
			.hasMessageContaining("referralId");
	}

	@ParameterizedTest
	@ValueSource(strings = { "status", "kind", "fromAgency", "toAgency", "caseId" })
	void anEventWithoutWhatACaseNeedsIsRefused(String field) {
		ObjectNode event = ReferralEvents.of("ReferralDeclined", UUID.randomUUID(), UUID.randomUUID(), 1);
		((ObjectNode) event.get("data")).put(field, "Sokha Chan");

		assertThatThrownBy(() -> translator.translate(null, ReferralEvents.json(event)))
			.isInstanceOf(UnreadableReferralEvent.class)
			.satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("Sokha"));
	}

	@Test
	void anEventWithoutAVersionIsRefused() {
		ObjectNode event = ReferralEvents.of("ReferralDeclined", UUID.randomUUID(), UUID.randomUUID(), 1);
		event.put("aggregateVersion", -1);

		assertThatThrownBy(() -> translator.translate(null, ReferralEvents.json(event)))
			.isInstanceOf(UnreadableReferralEvent.class)
			.hasMessageContaining("aggregateVersion");
	}

}

package org.childprotect.reporting.referrals.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.childprotect.reporting.ReferralEventFixtures;
import org.childprotect.reporting.referrals.ReferralChange;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads referral-service's own example of every event type with this service's own types: if the producer renames
 * or drops a field the statistics need, these tests fail here rather than in production.
 */
class ReferralEventContractTests {

	private static final List<String> REFERRAL_TYPES = List.of("ReferralRequested", "ReferralAccepted",
			"ReferralDeclined", "ReferralCompleted", "ReferralRevoked", "ReferralExpired", "ReferralOverdue");

	private final JsonMapper json = JsonMapper.builder().build();

	private final ReferralEventTranslator translator = new ReferralEventTranslator(json);

	@Test
	void theProducerPublishesAnExampleOfEveryTypeThisServiceReportsOnAndNoOtherReferralType() throws IOException {
		try (Stream<java.nio.file.Path> files = Files.list(ReferralEventFixtures.PRODUCER_EVENTS)) {
			List<String> types = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".example.json"))
				.map(name -> name.substring(0, name.indexOf('.')))
				.filter(type -> type.startsWith("Referral"))
				.toList();
			assertThat(types).containsExactlyInAnyOrderElementsOf(REFERRAL_TYPES);
		}
		assertThat(ReferralEventTranslator.REPORTED_TYPES).containsExactlyInAnyOrderElementsOf(REFERRAL_TYPES);
	}

	@Test
	void everyReferralExampleGivesTheStateItDescribes() {
		for (String type : REFERRAL_TYPES) {
			String example = ReferralEventFixtures.producerExample(type);
			JsonNode node = json.readTree(example);
			JsonNode data = node.get("data");
			ReferralEvent event = translator.read(example);
			assertThat(translator.reportsOn(event)).as(type).isTrue();

			ReferralChange change = translator.change(event);

			assertThat(change.referralId().toString()).isEqualTo(node.get("aggregateId").asString());
			assertThat(change.version()).isEqualTo(node.get("aggregateVersion").asLong());
			assertThat(change.district()).isEqualTo(data.get("district").asString());
			assertThat(change.serviceType()).isEqualTo(data.get("serviceType").asString());
			assertThat(change.agencyType()).isEqualTo(data.get("toAgencyType").asString());
			assertThat(change.urgency()).isEqualTo(data.get("urgency").asString());
			assertThat(change.status()).as(type).isEqualTo(data.get("status").asString());
			assertThat(change.requestedAt()).isEqualTo(Instant.parse(data.get("requestedAt").asString()));
			assertThat(change.overdue()).isEqualTo(data.get("overdue").asBoolean());
			assertThat(change.outcome()).isEqualTo(data.get("outcome").isNull() ? null : data.get("outcome").asString());
		}
	}

	@Test
	void transfersAreNotReferralsForAServiceAndAreSkipped() {
		for (String type : List.of("TransferRequested", "TransferAccepted", "TransferDeclined")) {
			assertThat(translator.reportsOn(translator.read(ReferralEventFixtures.producerExample(type)))).as(type)
				.isFalse();
		}
	}

	@Test
	void fieldsTheProducerAddsLaterAreIgnored() {
		String event = ReferralEventFixtures.event("ReferralAccepted", UUID.randomUUID(), UUID.randomUUID(), 1,
				Map.of("priorityScore", 7, "newNestedThing", Map.of("a", 1)))
			.replaceFirst("\\{", "{\"traceId\":\"abc\",");

		assertThat(translator.change(translator.read(event)).status()).isEqualTo("ACCEPTED");
	}

	@Test
	void whatCannotBeAppliedIsRefusedWithoutQuotingThePayload() {
		assertThatThrownBy(() -> translator.read("{\"type\": \"ReferralRequested\", \"data\": "))
			.isInstanceOf(UnreadableReferralEvent.class)
			.hasMessageNotContaining("ReferralRequested\", \"data");
		assertThatThrownBy(() -> translator.read(null)).isInstanceOf(UnreadableReferralEvent.class);
		Map<String, Object> noRequestDay = new java.util.HashMap<>();
		noRequestDay.put("requestedAt", null);
		String withoutRequestDay = ReferralEventFixtures.event("ReferralRequested", UUID.randomUUID(),
				UUID.randomUUID(), 0, noRequestDay);
		assertThatThrownBy(() -> translator.change(translator.read(withoutRequestDay)))
			.isInstanceOf(UnreadableReferralEvent.class)
			.hasMessageContaining("requestedAt");
	}

}

package org.childprotect.reporting.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import org.childprotect.reporting.CaseEventFixtures;
import org.childprotect.reporting.cases.CaseFixtures;
import org.childprotect.reporting.cases.RegisteredCase;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads case-service's own example of {@code CaseRegistered} with this service's own types: if the producer
 * renames or drops a field this service needs, this test fails here rather than in production.
 */
class CaseRegisteredContractTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final CaseEventTranslator translator = new CaseEventTranslator(json, CaseFixtures.rules());

	@Test
	void theProducersExampleIsReadIntoEveryValueTheReadModelNeeds() throws Exception {
		String example = Files.readString(CaseEventFixtures.PRODUCER_EXAMPLE);
		JsonNode raw = json.readTree(example);
		JsonNode data = raw.get("data");

		CaseEventEnvelope envelope = translator.envelope(example);
		RegisteredCase registered = translator.registeredCase(envelope);

		assertThat(envelope.type()).isEqualTo(CaseEventTranslator.CASE_REGISTERED);
		assertThat(envelope.eventId()).isNotNull();
		assertThat(envelope.producer()).isEqualTo("case-service");
		assertThat(registered.caseId()).isEqualTo(UUID.fromString(raw.get("aggregateId").asString()));
		assertThat(registered.caseId()).isEqualTo(UUID.fromString(data.get("caseId").asString()));
		assertThat(registered.version()).isEqualTo(raw.get("aggregateVersion").asLong());
		assertThat(registered.district()).isEqualTo(data.get("district").asString());
		assertThat(registered.sex()).isEqualTo(data.get("sex").asString());
		assertThat(registered.riskLevel()).isIn("HIGH", "MEDIUM", "LOW");
		assertThat(registered.agePrecision()).isIn("EXACT", "YEAR", "ESTIMATED", "UNKNOWN");
		assertThat(registered.concerns()).hasSize(data.get("concerns").size());
		assertThat(registered.stage()).isEqualTo(data.get("stage").asString());
		assertThat(registered.source()).isEqualTo(data.get("source").asString());
		assertThat(registered.registeredOn()).isEqualTo(LocalDate.parse(data.get("registeredOn").asString()));
	}

	@Test
	void theProducersExampleCarriesNoIdentifyingField() throws Exception {
		JsonNode data = json.readTree(Files.readString(CaseEventFixtures.PRODUCER_EXAMPLE)).get("data");

		assertThat(data.propertyNames()).doesNotContain("givenName", "familyName", "name", "dateOfBirth",
				"birthDate", "caseNumber", "notes", "address");
	}

}

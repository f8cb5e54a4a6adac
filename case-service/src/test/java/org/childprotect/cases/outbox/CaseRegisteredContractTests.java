package org.childprotect.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.childprotect.cases.CaseFixtures;
import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseNumber;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Ownership;
import org.childprotect.cases.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producer's side of the {@code CaseRegistered} contract: what the service publishes has exactly the fields
 * of the published example and satisfies the published schema. Consumers test against the same example.
 */
class CaseRegisteredContractTests {

	private static final String EVENTS = "events/case.v1/";

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonEventEnvelopes envelopes = new JsonEventEnvelopes();

	@Test
	void theExampleSatisfiesTheSchema() throws IOException {
		assertThat(schema().validate(read("CaseRegistered.example.json"))).isEmpty();
	}

	@Test
	void aProducedEventHasExactlyTheFieldsOfTheExample() throws IOException {
		JsonNode produced = produced(CaseFixtures.girlGroomedOnline());
		JsonNode example = read("CaseRegistered.example.json");

		assertThat(fieldPaths(produced)).isEqualTo(fieldPaths(example));
	}

	@Test
	void producedEventsSatisfyTheSchemaForExactAndEstimatedAges() throws IOException {
		JsonNode exact = produced(CaseFixtures.girlGroomedOnline());
		JsonNode estimated = produced(CaseFixtures.boyInChildLabour());

		assertThat(schema().validate(exact)).extracting(Error::getMessage).isEmpty();
		assertThat(schema().validate(estimated)).extracting(Error::getMessage).isEmpty();
		assertThat(estimated.at("/data/agePrecision").asString()).isEqualTo("ESTIMATED");
		assertThat(estimated.at("/data/ageYears").asInt()).isEqualTo(10);
	}

	@Test
	void theEnvelopeNamesTheCaseAndTheVersionAfterTheChange() throws IOException {
		ChildCase registered = register(CaseFixtures.girlGroomedOnline());
		JsonNode event = json.readTree(registered.outbox().get(0).envelope());

		assertThat(event.get("eventId").asString()).isEqualTo(registered.outbox().get(0).eventId());
		assertThat(event.get("type").asString()).isEqualTo("CaseRegistered");
		assertThat(event.get("aggregateId").asString()).isEqualTo(registered.id().toString());
		assertThat(event.at("/data/caseId").asString()).isEqualTo(registered.id().toString());
		assertThat(event.get("aggregateVersion").asLong()).isZero();
		assertThat(event.get("producer").asString()).isEqualTo("case-service");
		assertThat(event.get("occurredAt").asString()).isEqualTo("2026-03-14T02:15:30Z");
	}

	@Test
	void theSchemaRefusesPersonalData() throws IOException {
		JsonNode withName = json.readTree(read("CaseRegistered.example.json").toString()
			.replace("\"district\":", "\"givenName\":\"Sokha\",\"district\":"));

		assertThat(schema().validate(withName)).isNotEmpty();
	}

	private JsonNode produced(Registration registration) {
		return json.readTree(register(registration).outbox().get(0).envelope());
	}

	private ChildCase register(Registration registration) {
		return ChildCase.register(CaseId.random(), CaseNumber.of(registration.district(), 2026, 7), registration,
				Ownership.registeredBy(CaseFixtures.workerPp()), CaseFixtures.REGISTRATION_TIME, envelopes);
	}

	private Schema schema() throws IOException {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		try (InputStream in = new ClassPathResource(EVENTS + "CaseRegistered.schema.json").getInputStream()) {
			return registry.getSchema(in);
		}
	}

	private JsonNode read(String name) throws IOException {
		try (InputStream in = new ClassPathResource(EVENTS + name).getInputStream()) {
			return json.readTree(in);
		}
	}

	private static Set<String> fieldPaths(JsonNode node) {
		Set<String> paths = new TreeSet<>();
		collect("", node, paths);
		return paths;
	}

	private static void collect(String prefix, JsonNode node, Set<String> paths) {
		if (!node.isObject()) {
			return;
		}
		for (String name : node.propertyNames()) {
			String path = prefix + "/" + name;
			paths.add(path);
			collect(path, node.get(name), paths);
		}
	}

}

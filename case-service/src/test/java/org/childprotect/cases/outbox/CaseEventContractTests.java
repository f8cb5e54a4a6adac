package org.childprotect.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.childprotect.cases.Approval;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Consent;
import org.childprotect.cases.OutboxEntry;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.ServiceRecord;
import org.childprotect.cases.Worker;
import org.childprotect.cases.WorkflowFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The producer's side of every workflow event's contract: the published example satisfies the published schema,
 * and an event the aggregate raises, serialised as the relay publishes it, has exactly the example's fields and
 * satisfies the schema too. Consumers test against the same examples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseEventContractTests {

	private static final String EVENTS = "events/case.v1/";

	private final JsonMapper json = JsonMapper.builder().build();

	private final JsonEventEnvelopes envelopes = new JsonEventEnvelopes();

	private final Map<String, JsonNode> produced = new LinkedHashMap<>();

	/** Drives cases through the workflow with the real envelopes and keeps the last event of each type. */
	@BeforeAll
	void produceOneEventOfEachType() {
		ChildCase registered = WorkflowFixtures.registered();
		registered.changeRisk(RiskLevel.MEDIUM, "Offender blocked", WorkflowFixtures.DEADLINES, by());
		registered.assign(Worker.of(WorkflowFixtures.workerPp2()), by());
		registered.recordConsent(Consent.Purpose.REFERRAL, Consent.Giver.CAREGIVER,
				WorkflowFixtures.WORK_TIME.toLocalDate(), by());
		registered.assess(WorkflowFixtures.needs(), RiskLevel.HIGH, null, by());
		keep(registered);

		ChildCase inServices = WorkflowFixtures.inServices();
		inServices.recordService("MEDICAL_CARE", "Siem Reap Referral Hospital", ServiceRecord.Status.DELIVERED,
				WorkflowFixtures.WORK_TIME.toLocalDate(), null, by());
		keep(inServices);

		ChildCase closing = WorkflowFixtures.withClosureRequested();
		closing.decide(WorkflowFixtures.pending(closing, Approval.Kind.CLOSURE).id(), Approval.Decision.APPROVE, null,
				WorkflowFixtures.by(WorkflowFixtures.supervisorPp(), envelopes));
		keep(closing);

		ChildCase reopened = WorkflowFixtures.closed();
		reopened.reopen("New report", WorkflowFixtures.DEADLINES,
				WorkflowFixtures.by(WorkflowFixtures.supervisorPp(), envelopes));
		keep(reopened);
	}

	@ParameterizedTest
	@ValueSource(strings = { "CaseRiskChanged", "CaseAssessed", "CaseStageAdvanced", "CaseServiceRecorded",
			"CaseAssigned", "CaseConsentChanged", "CaseClosed", "CaseReopened", "CaseRegistered" })
	void theExampleSatisfiesTheSchema(String type) throws IOException {
		assertThat(schema(type).validate(read(type + ".example.json"))).extracting(Error::getMessage).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "CaseRiskChanged", "CaseAssessed", "CaseStageAdvanced", "CaseServiceRecorded",
			"CaseAssigned", "CaseConsentChanged", "CaseClosed", "CaseReopened" })
	void aProducedEventSatisfiesTheSchemaWithExactlyTheFieldsOfTheExample(String type) throws IOException {
		JsonNode event = produced.get(type);

		assertThat(event).as("an event of type %s was produced", type).isNotNull();
		assertThat(schema(type).validate(event)).extracting(Error::getMessage).isEmpty();
		assertThat(fieldPaths(event)).isEqualTo(fieldPaths(read(type + ".example.json")));
		assertThat(event.toString()).doesNotContain("Sokha", "\"Chan\"", "2011-10-02", "KH-PP-2026", "Offender",
				"Siem Reap Referral Hospital", "worker.pp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "CaseRiskChanged", "CaseAssessed", "CaseStageAdvanced", "CaseServiceRecorded",
			"CaseAssigned", "CaseConsentChanged", "CaseClosed", "CaseReopened" })
	void theSchemaRefusesPersonalData(String type) throws IOException {
		ObjectNode withName = (ObjectNode) read(type + ".example.json");
		((ObjectNode) withName.get("data")).put("givenName", "Sokha");

		assertThat(schema(type).validate(withName)).isNotEmpty();
	}

	private void keep(ChildCase childCase) {
		for (OutboxEntry entry : childCase.outbox()) {
			if (entry.envelope().startsWith("{")) {
				produced.put(entry.type(), json.readTree(entry.envelope()));
			}
		}
	}

	private org.childprotect.cases.ChangeContext by() {
		return WorkflowFixtures.by(WorkflowFixtures.supervisorPp(), envelopes);
	}

	private Schema schema(String type) throws IOException {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		try (InputStream in = new ClassPathResource(EVENTS + type + ".schema.json").getInputStream()) {
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
		if (node.isArray()) {
			for (JsonNode item : node) {
				collect(prefix + "[]", item, paths);
			}
			return;
		}
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

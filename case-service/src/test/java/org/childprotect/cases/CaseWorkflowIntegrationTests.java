package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.childprotect.cases.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's whole life inside the service: registration, assessment, plan and its approval, a service, a
 * follow-up, the closure request and its approval, closure and reopening, with each change published on
 * {@code case.v1} in order. And what a stale or unconditional write does: nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkflowIntegrationTests extends CaseServiceTestContext {

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private Cases cases;

	/** The service's own envelopes: what these tests save is published for real. */
	@Autowired
	private EventEnvelopes envelopes;

	private Consumer<String, String> caseTopic;

	private CaseHttp http;

	@BeforeAll
	void subscribeToCaseTopic() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "workflow-tests", false);
		caseTopic = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
			.createConsumer();
		broker.consumeFromAnEmbeddedTopic(caseTopic, "case.v1");
	}

	@AfterAll
	void closeConsumer() {
		caseTopic.close();
	}

	@BeforeEach
	void client() {
		http = new CaseHttp(mvc);
	}

	@Test
	void aCaseGoesFromRegistrationToClosureAndIsReopenedPublishingEachChangeInOrder() throws Exception {
		String id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		String path = "/api/cases/" + id;

		http.change(HttpMethod.PATCH, path + "/registration", Tokens.workerPp(), WorkflowBodies.registrationDetails());
		JsonNode assessed = http.change(HttpMethod.POST, path + "/assessment", Tokens.workerPp(),
				WorkflowBodies.assessment());
		assertThat(assessed.get("stage").asString()).isEqualTo("CASE_PLAN");
		JsonNode planned = http.change(HttpMethod.PUT, path + "/case-plan", Tokens.workerPp(), WorkflowBodies.casePlan());
		String planApproval = planned.at("/casePlan/approval/id").asString();
		assertThat(planned.at("/casePlan/approval/status").asString()).isEqualTo("PENDING");
		JsonNode approved = http.change(HttpMethod.POST, path + "/approvals/" + planApproval + "/decision",
				Tokens.supervisorPp(), WorkflowBodies.decision("APPROVE"));
		assertThat(approved.get("stage").asString()).isEqualTo("SERVICES");
		http.change(HttpMethod.POST, path + "/consents", Tokens.workerPp(), WorkflowBodies.consent("REFERRAL"));
		JsonNode serviced = http.change(HttpMethod.POST, path + "/services", Tokens.workerPp(), WorkflowBodies.service());
		assertThat(serviced.at("/services/0/status").asString()).isEqualTo("PLANNED");
		JsonNode followedUp = http.change(HttpMethod.POST, path + "/follow-ups", Tokens.workerPp(),
				WorkflowBodies.followUp());
		assertThat(followedUp.get("stage").asString()).isEqualTo("FOLLOW_UP");
		JsonNode requested = http.change(HttpMethod.POST, path + "/closure-request", Tokens.workerPp(),
				WorkflowBodies.closureRequest());
		assertThat(requested.get("stage").asString()).isEqualTo("CLOSURE_REQUESTED");
		String closureApproval = requested.at("/approvals/1/id").asString();
		JsonNode closed = http.change(HttpMethod.POST, path + "/approvals/" + closureApproval + "/decision",
				Tokens.supervisorPp(), WorkflowBodies.decision("APPROVE"));
		assertThat(closed.get("stage").asString()).isEqualTo("CLOSED");
		assertThat(closed.at("/closure/reason").asString()).isEqualTo("CASE_PLAN_COMPLETED");
		JsonNode reopened = http.change(HttpMethod.POST, path + "/reopen", Tokens.supervisorPp(),
				WorkflowBodies.reopen());
		assertThat(reopened.get("stage").asString()).isEqualTo("ASSESSMENT");
		assertThat(reopened.get("assessmentDueAt").isNull()).isFalse();

		List<JsonNode> events = eventsFor(id, 12);
		assertThat(events).extracting(event -> event.get("type").asString())
			.containsExactly("CaseRegistered", "CaseAssessed", "CaseStageAdvanced", "CaseStageAdvanced",
					"CaseConsentChanged", "CaseServiceRecorded", "CaseStageAdvanced", "CaseStageAdvanced",
					"CaseClosed", "CaseStageAdvanced", "CaseReopened", "CaseStageAdvanced");
		List<Long> versions = events.stream().map(event -> event.get("aggregateVersion").asLong()).toList();
		assertThat(versions).isSorted().doesNotHaveDuplicates().startsWith(0L);
		assertThat(versions.get(versions.size() - 1)).as("the last event carries the case's version")
			.isEqualTo(reopened.get("version").asLong());
		assertThat(events).extracting(event -> event.at("/data/stage").asString(""))
			.filteredOn(stage -> !stage.isEmpty())
			.containsExactly("REGISTRATION", "CASE_PLAN", "SERVICES", "FOLLOW_UP", "CLOSURE_REQUESTED", "CLOSED",
					"ASSESSMENT", "ASSESSMENT");
		assertThat(events.toString()).doesNotContain("Sokha", "Chan Srey", "Calmette", "Child at home");

		await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
		mvc.perform(get(path).with(Tokens.supervisorPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[0].action").value("CASE_REOPENED"))
			.andExpect(jsonPath("$.timeline[0].by").value("supervisor.pp"))
			.andExpect(jsonPath("$.timeline[?(@.action == 'CASE_VIEWED')]").isEmpty())
			.andExpect(jsonPath("$.reopenings[0].reason").value("New report from the school"))
			.andExpect(jsonPath("$.stage").value("ASSESSMENT"))
			.andExpect(jsonPath("$.closure").isEmpty())
			.andExpect(jsonPath("$.services[0].serviceType").value("MEDICAL_CARE"))
			.andExpect(jsonPath("$.followUps[0].by").value("worker.pp"))
			.andExpect(jsonPath("$.consents[0].purpose").value("REFERRAL"))
			.andExpect(jsonPath("$.approvals[*].status").value(org.hamcrest.Matchers.contains("APPROVED", "APPROVED")));
		assertThat(auditTrail.verify().intact()).isTrue();
	}

	@Test
	void aStaleOrUnconditionalWriteChangesNothing() throws Exception {
		String id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		String path = "/api/cases/" + id;
		http.write(HttpMethod.POST, path + "/risk", Tokens.workerPp(), "\"0\"", WorkflowBodies.riskChange("MEDIUM"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.riskLevel").value("MEDIUM"))
			.andExpect(jsonPath("$.riskReason").value("Offender found the new account"));
		Document before = stored(id);

		http.write(HttpMethod.POST, path + "/risk", Tokens.workerPp(), "\"0\"", WorkflowBodies.riskChange("LOW"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(1));
		http.write(HttpMethod.POST, path + "/risk", Tokens.workerPp(), null, WorkflowBodies.riskChange("LOW"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		http.write(HttpMethod.POST, path + "/notes", Tokens.workerPp(), "*", WorkflowBodies.note("Call", false))
			.andExpect(status().isPreconditionRequired());
		http.write(HttpMethod.POST, path + "/notes", Tokens.workerPp(), "\"one\"", WorkflowBodies.note("Call", false))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));

		Document after = stored(id);
		assertThat(after.get("version")).isEqualTo(before.get("version"));
		assertThat(after.get("riskLevel")).isEqualTo("MEDIUM");
		assertThat(after.getList("notes", Object.class, List.of())).isEmpty();
		http.write(HttpMethod.POST, path + "/risk", Tokens.workerPp(), "W/\"1\"", WorkflowBodies.riskChange("LOW"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""));
	}

	@Test
	void ofTwoConcurrentChangesBasedOnTheSameVersionOnlyTheFirstIsStored() throws Exception {
		String id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		ChildCase first = cases.byId(CaseId.of(id)).orElseThrow();
		ChildCase second = cases.byId(CaseId.of(id)).orElseThrow();
		first.addNote("First", false, WorkflowFixtures.by(CaseFixtures.workerPp(), envelopes));
		second.changeRisk(RiskLevel.LOW, "Second", WorkflowFixtures.DEADLINES,
				WorkflowFixtures.by(CaseFixtures.workerPp(), envelopes));

		cases.update(first);

		assertThatThrownBy(() -> cases.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
		ChildCase stored = cases.byId(CaseId.of(id)).orElseThrow();
		assertThat(stored.riskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(stored.notes()).extracting(CaseNote::text).containsExactly("First");
		assertThat(stored.version()).isEqualTo(1L);
	}

	@Test
	void anUpdateAppendsToTheOutboxWithoutRestoringPublishedEvents() throws Exception {
		String id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		ChildCase loadedBeforePublishing = cases.byId(CaseId.of(id)).orElseThrow();
		await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());

		loadedBeforePublishing.changeRisk(RiskLevel.LOW, "Safe at an aunt's", WorkflowFixtures.DEADLINES,
				WorkflowFixtures.by(CaseFixtures.workerPp(), envelopes));
		cases.update(loadedBeforePublishing);

		List<JsonNode> events = eventsFor(id, 2);
		assertThat(events).extracting(event -> event.get("type").asString())
			.containsExactly("CaseRegistered", "CaseRiskChanged");
		assertThat(events.get(1).get("aggregateVersion").asLong()).isEqualTo(1);
	}

	private List<JsonNode> eventsFor(String caseId, int expected) {
		List<JsonNode> events = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (events.size() < expected && System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : caseTopic.poll(Duration.ofMillis(300))) {
				if (caseId.equals(record.key())) {
					events.add(json.readTree(record.value()));
				}
			}
		}
		// A moment more, so that a duplicate or an unexpected extra event would be seen.
		for (ConsumerRecord<String, String> record : caseTopic.poll(Duration.ofMillis(500))) {
			if (caseId.equals(record.key())) {
				events.add(json.readTree(record.value()));
			}
		}
		return events;
	}

	private Document stored(String caseId) {
		Document stored = mongo.getCollection(ChildCase.COLLECTION).find(Filters.eq("_id", caseId)).first();
		assertThat(stored).isNotNull();
		return stored;
	}

	private List<?> outboxOf(String caseId) {
		return stored(caseId).getList("outbox", Object.class, List.of());
	}

}

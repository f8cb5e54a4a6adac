package org.childprotect.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.childprotect.reporting.cases.CaseFacts;
import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.Rebuilds;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;


/**
 * The whole service against a real Kafka broker and a real MongoDB-wire server: events in, counts out. Runs with
 * the development stack's disclosure threshold (k=1, nothing suppressed), so that every count can be checked
 * exactly; disclosure control itself is tested in {@link StatisticsIntegrationTests}.
 */
@SpringBootTest(properties = { "reporting.events.retry-interval=50ms", "reporting.events.retries=2",
		"reporting.disclosure.k=1", "reporting.rebuild.switch-grace=200ms" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = { "case.v1", "case.v1.DLT" },
		bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ReportingServiceIntegrationTests {

	private static final String TOPIC = "case.v1";

	private static final String DEAD_LETTERS = "case.v1.DLT";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String FACTS = new Generation(1).collection(CaseFacts.COLLECTION);

	private static final MongoWire MONGO = new MongoWire();

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MONGO.uri("reporting"));
	}

	@AfterAll
	static void stopMongo() {
		MONGO.stop();
	}

	@Autowired
	private KafkaTemplate<Object, Object> kafka;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ConsumedEvents consumed;

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Autowired
	private Rebuilds rebuilds;

	@BeforeEach
	void emptyReadModel() {
		// Every earlier test waited for its own events, so nothing is in flight that could land after this.
		mongo.getCollectionNames().forEach(mongo::dropCollection);
	}

	@Test
	void registeredCasesAreCountedPerDistrict() throws Exception {
		publishRegistered(UUID.randomUUID(), 1, "KH-PP");
		publishRegistered(UUID.randomUUID(), 1, "KH-PP");
		publishRegistered(UUID.randomUUID(), 1, "KH-SR");

		awaitFacts(3);

		mvc.perform(get("/api/reports/cases-by-district").with(analyst()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].district").value("KH-PP"))
			.andExpect(jsonPath("$.rows[0].count").value(2))
			.andExpect(jsonPath("$.rows[1].district").value("KH-SR"))
			.andExpect(jsonPath("$.rows[1].count").value(1))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.generatedAt").value(matchesPattern("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z")));
	}

	@Test
	void theSameEventDeliveredTwiceIsCountedOnce() throws Exception {
		UUID caseId = UUID.randomUUID();
		// Version 0: the producer's first save of a case, the version a real registration carries.
		String event = CaseEventFixtures.caseRegistered(caseId, 0, "KH-PP");
		double duplicatesBefore = count(Outcome.DUPLICATE);

		publish(caseId, event);
		awaitFacts(1);
		Document before = onlyFact();
		publish(caseId, event);
		await().atMost(PATIENCE).until(() -> count(Outcome.DUPLICATE) == duplicatesBefore + 1);

		assertThat(onlyFact()).isEqualTo(before);
		assertCasesByDistrict("KH-PP", 1, 1);
	}

	@Test
	void anOlderVersionArrivingAfterANewerOneChangesNothing() throws Exception {
		UUID caseId = UUID.randomUUID();
		double duplicatesBefore = count(Outcome.DUPLICATE);

		publishRegistered(caseId, 2, "KH-SR");
		awaitFacts(1);
		publishRegistered(caseId, 1, "KH-PP");
		await().atMost(PATIENCE).until(() -> count(Outcome.DUPLICATE) == duplicatesBefore + 1);

		Document fact = onlyFact();
		assertThat(fact.getString("district")).isEqualTo("KH-SR");
		assertThat(((Number) fact.get("lastAppliedVersion")).longValue()).isEqualTo(2);
		assertCasesByDistrict("KH-SR", 1, 1);
	}

	@Test
	void aNewerVersionReplacesTheFactWithoutCountingTheCaseTwice() throws Exception {
		UUID caseId = UUID.randomUUID();

		publishRegistered(caseId, 1, "KH-PP");
		awaitFacts(1);
		publishRegistered(caseId, 2, "KH-SR");
		await().atMost(PATIENCE).until(() -> "KH-SR".equals(onlyFact().getString("district")));

		assertCasesByDistrict("KH-SR", 1, 1);
	}

	@Test
	void poisonMessagesGoToTheDeadLetterTopicAndTheNextEventIsStillApplied() throws Exception {
		double failedBefore = consumed.counter(TOPIC, "unreadable", Outcome.FAILED).count();
		double incompleteBefore = consumed.counter(TOPIC, "CaseRegistered", Outcome.FAILED).count();
		UUID brokenCase = UUID.randomUUID();
		UUID incompleteCase = UUID.randomUUID();
		String notJson = "{\"eventId\": \"this is not json";
		String withoutDistrict = CaseEventFixtures.caseRegisteredWithout("district", incompleteCase, "KH-PP");

		try (Consumer<String, String> deadLetters = deadLetterConsumer()) {
			publish(brokenCase, notJson);
			publish(incompleteCase, withoutDistrict);
			publishRegistered(UUID.randomUUID(), 1, "KH-SR");

			awaitFacts(1);
			assertCasesByDistrict("KH-SR", 1, 1);

			Set<String> keysOfThisTest = Set.of(brokenCase.toString(), incompleteCase.toString());
			List<ConsumerRecord<String, String>> dead = new ArrayList<>();
			await().atMost(PATIENCE).until(() -> {
				KafkaTestUtils.getRecords(deadLetters, Duration.ofMillis(500))
					.forEach(record -> {
						if (keysOfThisTest.contains(record.key())) {
							dead.add(record);
						}
					});
				return dead.size() >= 2;
			});
			assertThat(dead).extracting(ConsumerRecord::key)
				.containsExactly(brokenCase.toString(), incompleteCase.toString());
			assertThat(dead).extracting(ConsumerRecord::value).containsExactly(notJson, withoutDistrict);
		}
		assertThat(consumed.counter(TOPIC, "unreadable", Outcome.FAILED).count()).isEqualTo(failedBefore + 1);
		assertThat(consumed.counter(TOPIC, "CaseRegistered", Outcome.FAILED).count()).isEqualTo(incompleteBefore + 1);
	}

	@Test
	void eventTypesNotReportedOnAreSkippedAndCounted() throws Exception {
		UUID caseId = UUID.randomUUID();
		double skippedBefore = consumed.counter(TOPIC, "CaseNoteAdded", Outcome.SKIPPED).count();

		publish(caseId, CaseEventFixtures.otherCaseEvent("CaseNoteAdded", caseId, 2));
		await().atMost(PATIENCE)
			.until(() -> consumed.counter(TOPIC, "CaseNoteAdded", Outcome.SKIPPED).count() == skippedBefore + 1);

		assertThat(mongo.getCollection(FACTS).countDocuments()).isZero();
	}

	@Test
	void onlyAnalystsAndAdministratorsMayReadTheTables() throws Exception {
		mvc.perform(get("/api/reports/cases-by-district").with(analyst())).andExpect(status().isOk());
		mvc.perform(get("/api/reports/cases-by-district").with(role("admin"))).andExpect(status().isOk());
		mvc.perform(get("/api/reports/cases-by-district").with(role("social-worker")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/reports/cases-by-district").with(role("supervisor"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/cases-by-district"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anEmptyReadModelAnswersWithNoRowsAndAZeroTotal() throws Exception {
		mvc.perform(get("/api/reports/cases-by-district").with(analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").isEmpty())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aRiskChangeMovesTheCaseToTheNewRiskWithoutCountingItTwice() throws Exception {
		UUID caseId = UUID.randomUUID();
		publishRegistered(caseId, 0, "KH-PP");
		awaitFacts(1);

		publish(caseId, CaseEventFixtures.event("CaseRiskChanged", caseId, 1, Map.of("riskLevel", "LOW")));

		await().atMost(PATIENCE).until(() -> count("/api/reports/tables?measure=newCases&rows=risk&period=2026",
				"$.cells[2][0].value") == 1);
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=risk&period=2026").with(analyst()))
			.andExpect(jsonPath("$.rowKeys[0][0]").value("HIGH"))
			.andExpect(jsonPath("$.cells[0][0].value").value(0))
			.andExpect(jsonPath("$.rowKeys[2][0]").value("LOW"))
			.andExpect(jsonPath("$.columnTotals[0].value").value(1));
	}

	@Test
	void closingAndReopeningACaseMoveTheOpenCaseloadAtEachMonthEnd() throws Exception {
		UUID caseId = UUID.randomUUID();
		publishRegistered(caseId, 0, "KH-PP");
		publish(caseId, CaseEventFixtures.event("CaseClosed", caseId, 3,
				Map.of("closedOn", "2026-04-10", "reason", "CASE_PLAN_COMPLETED")));
		String caseload = "/api/reports/tables?measure=openCaseload&columns=period&period=2026Q1,2026Q2&periodType=MONTH";

		await().atMost(PATIENCE).until(() -> count(caseload, "$.cells[0][3].value") == 0);
		mvc.perform(get(caseload).with(analyst()))
			.andExpect(jsonPath("$.columnKeys[2][0]").value("202603"))
			.andExpect(jsonPath("$.cells[0][1].value").value(0))
			.andExpect(jsonPath("$.cells[0][2].value").value(1))
			.andExpect(jsonPath("$.cells[0][3].value").value(0))
			.andExpect(jsonPath("$.rowTotals").doesNotExist());
		mvc.perform(get("/api/reports/tables?measure=closedCases&rows=closureReason&period=2026").with(analyst()))
			.andExpect(jsonPath("$.rowKeys[0][0]").value("CASE_PLAN_COMPLETED"))
			.andExpect(jsonPath("$.cells[0][0].value").value(1));

		publish(caseId, CaseEventFixtures.event("CaseReopened", caseId, 5, Map.of("reopenedOn", "2026-05-02")));

		await().atMost(PATIENCE).until(() -> count(caseload, "$.cells[0][4].value") == 1);
		assertThat(count(caseload, "$.cells[0][3].value")).as("April still ended closed").isZero();
	}

	@Test
	void theEventsOfOneSaveShareAVersionAndEachOfThemCounts() throws Exception {
		UUID caseId = UUID.randomUUID();
		publishRegistered(caseId, 0, "KH-PP");
		// The assessment command saves once and publishes three events with the same version.
		publish(caseId, CaseEventFixtures.event("CaseAssessed", caseId, 1,
				Map.of("riskLevel", "MEDIUM", "assessedAt", "2026-03-14T08:40:00Z", "dueAt", "2026-03-15T02:15:30Z")));
		publish(caseId, CaseEventFixtures.event("CaseRiskChanged", caseId, 1, Map.of("riskLevel", "MEDIUM")));
		publish(caseId, CaseEventFixtures.event("CaseStageAdvanced", caseId, 1, Map.of("stage", "CASE_PLAN")));

		// The fact first: asked before it exists, onlyFact() would fail the wait at once on a slow machine.
		awaitFacts(1);
		await().atMost(PATIENCE).until(() -> "CASE_PLAN".equals(onlyFact().getString("stage")));
		Document fact = onlyFact();
		assertThat(fact.getString("risk")).isEqualTo("MEDIUM");
		assertThat(fact.getString("assessedOn")).isEqualTo("2026-03-14");
		mvc.perform(get("/api/reports/tables?measure=highRiskAssessedInTime&period=2026").with(analyst()))
			.andExpect(jsonPath("$.cells[0][0].value").value(100.0))
			.andExpect(jsonPath("$.cells[0][0].numerator.value").value(1))
			.andExpect(jsonPath("$.cells[0][0].denominator.value").value(1));
	}

	@Test
	void aRebuildReplaysTheTopicIntoANewGenerationAndSwitchesWithoutAGap() throws Exception {
		// Districts only this test uses: the topic still holds the events of the other tests.
		publishRegistered(UUID.randomUUID(), 0, "KH-PL");
		publishRegistered(UUID.randomUUID(), 0, "KH-PL");
		UUID moved = UUID.randomUUID();
		publishRegistered(moved, 0, "KH-BMC");
		publish(moved, CaseEventFixtures.caseRegistered(moved, 2, "KH-PL"));
		await().atMost(PATIENCE).until(() -> countOf("KH-PL") == 3);

		mvc.perform(post("/api/reports/admin/rebuilds").with(analyst())).andExpect(status().isForbidden());
		mvc.perform(post("/api/reports/admin/rebuilds").with(Roles.admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.generation").value(2));
		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(rebuildState()));

		mvc.perform(get("/api/reports/admin/rebuilds/latest").with(Roles.admin()))
			.andExpect(jsonPath("$.activeGeneration").value(2))
			.andExpect(jsonPath("$.eventsReplayed").isNumber());
		assertThat(countOf("KH-PL")).isEqualTo(3);
		assertThat(countOf("KH-BMC")).isZero();
		assertThat(mongo.getCollectionNames()).contains(new Generation(2).collection(CaseFacts.COLLECTION));

		publishRegistered(UUID.randomUUID(), 0, "KH-PL");
		await().atMost(PATIENCE).until(() -> countOf("KH-PL") == 4);
	}

	@Test
	void factsOfTheFirstLayoutAreReplacedByARebuildFromTheTopic() throws Exception {
		publishRegistered(UUID.randomUUID(), 0, "KH-KD");
		await().atMost(PATIENCE).until(() -> countOf("KH-KD") == 1);
		mongo.getCollection("case_facts").insertOne(new Document("_id", "legacy").append("district", "KH-KD"));

		assertThat(rebuilds.upgradeIfNeeded()).isTrue();

		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(rebuildState()));
		// The switch is recorded first and the old collection dropped just after it (a stop in between only repeats
		// the upgrade at the next start): read right at DONE, it was still there once in CI.
		await().atMost(PATIENCE).until(() -> !mongo.collectionExists("case_facts"));
		assertThat(countOf("KH-KD")).as("the registration, replayed from the topic").isEqualTo(1);
		assertThat(rebuilds.upgradeIfNeeded()).isFalse();
	}

	@Test
	void theHealthProbeIsUpWithTheMongoPingInPlaceOfBootsIndicator() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void theApiIsDescribedByOpenApiWithoutAToken() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/reports/cases-by-district'].get").exists());
	}

	private void publishRegistered(UUID caseId, long version, String district) throws Exception {
		publish(caseId, CaseEventFixtures.caseRegistered(caseId, version, district));
	}

	private void publish(UUID key, String value) throws Exception {
		kafka.send(TOPIC, key.toString(), value).get();
	}

	private void awaitFacts(long expected) {
		await().atMost(PATIENCE)
			.until(() -> mongo.getCollection(FACTS).countDocuments() == expected);
	}

	private Document onlyFact() {
		List<Document> facts = mongo.findAll(Document.class, FACTS);
		assertThat(facts).hasSize(1);
		return facts.get(0);
	}

	private long count(String url, String path) throws Exception {
		String body = mvc.perform(get(url).with(analyst())).andReturn().getResponse().getContentAsString();
		Object value = JsonPath.read(body, path);
		return value == null ? -1 : ((Number) value).longValue();
	}

	private long countOf(String district) throws Exception {
		String body = mvc.perform(get("/api/reports/cases-by-district").with(analyst()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> counts = JsonPath.read(body, "$.rows[?(@.district == '" + district + "')].count");
		return counts.isEmpty() ? 0 : counts.get(0);
	}

	private String rebuildState() throws Exception {
		String body = mvc.perform(get("/api/reports/admin/rebuilds/latest").with(Roles.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.contains("\"state\"") ? JsonPath.read(body, "$.state") : "";
	}

	private double count(Outcome outcome) {
		return consumed.counter(TOPIC, "CaseRegistered", outcome).count();
	}

	private void assertCasesByDistrict(String district, long count, long total) throws Exception {
		mvc.perform(get("/api/reports/cases-by-district").with(analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].district").value(district))
			.andExpect(jsonPath("$.rows[0].count").value(count))
			.andExpect(jsonPath("$.total").value(total));
	}

	private Consumer<String, String> deadLetterConsumer() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dead-letter-reader-" + UUID.randomUUID(),
				false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new StringDeserializer())
			.createConsumer();
		broker.consumeFromAnEmbeddedTopic(consumer, DEAD_LETTERS);
		return consumer;
	}

	private static JwtRequestPostProcessor analyst() {
		return Roles.analyst();
	}

	private static JwtRequestPostProcessor role(String role) {
		return Roles.role(role);
	}

}

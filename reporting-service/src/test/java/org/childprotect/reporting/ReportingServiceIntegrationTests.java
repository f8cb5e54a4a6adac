package org.childprotect.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The whole service against a real Kafka broker and a real MongoDB-wire server: events in, counts out.
 */
@SpringBootTest(properties = { "reporting.events.retry-interval=50ms", "reporting.events.retries=2" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = { "case.v1", "case.v1.DLT" },
		bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class ReportingServiceIntegrationTests {

	private static final String TOPIC = "case.v1";

	private static final String DEAD_LETTERS = "case.v1.DLT";

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final MongoServer MONGO = new MongoServer(new MemoryBackend());

	private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":"
				+ MONGO_ADDRESS.getPort() + "/reporting");
	}

	@AfterAll
	static void stopMongo() {
		MONGO.shutdownNow();
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
		double skippedBefore = consumed.counter(TOPIC, "CaseRiskChanged", Outcome.SKIPPED).count();

		publish(caseId, CaseEventFixtures.otherCaseEvent("CaseRiskChanged", caseId, 2));
		await().atMost(PATIENCE)
			.until(() -> consumed.counter(TOPIC, "CaseRiskChanged", Outcome.SKIPPED).count() == skippedBefore + 1);

		assertThat(mongo.getCollection(CaseFacts.COLLECTION).countDocuments()).isZero();
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
	void noPersonalDataIsStoredEvenWhenAProducerSendsSome() throws Exception {
		UUID cleanCase = UUID.randomUUID();
		UUID leakyCase = UUID.randomUUID();
		Map<String, String> personalData = Map.of("givenName", "Sreymom", "familyName", "Chantha", "dateOfBirth",
				"2014-07-23", "caseNumber", "PP-2026-000123", "notes", "lives behind the market");

		publishRegistered(cleanCase, 1, "KH-PP");
		publish(leakyCase, CaseEventFixtures.caseRegisteredWithPersonalData(leakyCase, "KH-SR", personalData));
		awaitFacts(2);

		List<String> forbidden = new ArrayList<>(personalData.values());
		forbidden.addAll(List.of(cleanCase.toString(), leakyCase.toString(), "givenName", "familyName",
				"dateOfBirth", "caseNumber", "caseId", "notes", "ownerAgency"));
		assertThat(mongo.getCollectionNames()).containsExactly(CaseFacts.COLLECTION);
		for (String collection : mongo.getCollectionNames()) {
			for (Document document : mongo.findAll(Document.class, collection)) {
				assertThat(document.toJson()).doesNotContain(forbidden);
			}
		}
		for (Document fact : mongo.findAll(Document.class, CaseFacts.COLLECTION)) {
			assertThat(fact.keySet()).isSubsetOf(CaseFacts.Fields.ALL);
			assertThat(fact.getString("ageBand")).isIn("0-4", "5-9", "10-14", "15-17", "unknown");
		}
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
			.until(() -> mongo.getCollection(CaseFacts.COLLECTION).countDocuments() == expected);
	}

	private Document onlyFact() {
		List<Document> facts = mongo.findAll(Document.class, CaseFacts.COLLECTION);
		assertThat(facts).hasSize(1);
		return facts.get(0);
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
		return role("ministry-analyst");
	}

	private static JwtRequestPostProcessor role(String role) {
		return jwt().jwt(token -> token.claim("preferred_username", role.replace('-', '.')))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}

package org.childprotect.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.childprotect.reporting.referrals.ReferralFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Referral facts and indicators from {@code referral.v1}, against a real Kafka broker and a MongoDB-wire server,
 * with the default disclosure policy (suppress, k=5).
 * <p>
 * One data set for the class, all requested on 2026-03-14 for medical care at a health agency (the producer's
 * example): six referrals in Siem Reap (three accepted the same day, two after two days, one declined after a day;
 * one of the accepted ones overdue, one completed) and two in Phnom Penh (one accepted after three days, one
 * expired). The events carry fields a careless producer might add about the child.
 */
@SpringBootTest(properties = { "reporting.events.retry-interval=50ms", "reporting.events.retries=1",
		"reporting.rebuild.switch-grace=200ms" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = { "case.v1", "referral.v1", "referral.v1.DLT" },
		bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralStatisticsIntegrationTests {

	private static final String TOPIC = "referral.v1";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Instant REQUESTED = Instant.parse("2026-03-14T02:15:30.123Z");

	private static final MongoWire MONGO = new MongoWire();

	/** What a careless producer might send about the child; none of it may ever come out. */
	private static final Map<String, String> PERSONAL_DATA = Map.of("childName", "Sreymom Chantha", "dateOfBirth",
			"2011-07-23", "caseNumber", "KH-SR-2026-000321", "reason", "stepfather drinks and beats her",
			"comment", "met her at the aunt's house in Takeo");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MONGO.uri("referral-statistics"));
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

	private final List<UUID> ids = new ArrayList<>();

	@BeforeAll
	void referCases() throws Exception {
		for (int days : new int[] { 0, 0, 0, 2, 2 }) {
			UUID referral = refer("KH-SR");
			accept(referral, "KH-SR", days, ids.size() == 2);
		}
		UUID completed = ids.get(ids.size() - 5);
		publish(completed, "ReferralCompleted", "KH-SR", 3, Map.of("acceptedAt", at(0), "closedAt", at(4),
				"status", "COMPLETED", "outcome", "SERVICE_PROVIDED", "overdue", false));
		UUID declined = refer("KH-SR");
		publish(declined, "ReferralDeclined", "KH-SR", 1, Map.of("closedAt", at(1)));
		UUID accepted = refer("KH-PP");
		accept(accepted, "KH-PP", 3, false);
		UUID expired = refer("KH-PP");
		publish(expired, "ReferralExpired", "KH-PP", 1, Map.of("closedAt", at(1)));
		// One partition, and the expiry last: once it is in, everything before it is too.
		await().atMost(PATIENCE).until(() -> facts(1).stream().anyMatch(fact -> "EXPIRED".equals(fact.getString("status"))));
		assertThat(facts(1)).hasSize(8);
	}

	@Test
	@Order(1)
	void indicatorsCountReferralsMadeAcceptedAndOverdueAndTheMedianDaysToAnAnswer() throws Exception {
		mvc.perform(get("/api/reports/indicators?period=2026Q1").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsMade')].value.value").value(8))
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsAccepted')].value.value").value(6))
			// One overdue referral is a small count: hidden, not zero.
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsOverdue')].value.suppressed").value(true))
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsOverdue')].value.value").value((Object) null))
			// Answers after 0, 0, 0, 1, 2, 2 and 3 days.
			.andExpect(jsonPath("$.indicators[?(@.code == 'medianDaysToReferralResponse')].value.value").value(1));
	}

	@Test
	@Order(1)
	void aMedianOverASuppressedCountIsSuppressed() throws Exception {
		mvc.perform(get("/api/reports/indicators?period=2026Q1&district=KH-PP").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsMade')].value.suppressed").value(true))
			.andExpect(jsonPath("$.indicators[?(@.code == 'medianDaysToReferralResponse')].value.suppressed")
				.value(true))
			.andExpect(jsonPath("$.indicators[?(@.code == 'medianDaysToReferralResponse')].value.value")
				.value((Object) null));
		// Referral events carry no sex or age: filtered by them, referral indicators are left out.
		String bySex = mvc.perform(get("/api/reports/indicators?period=2026Q1&sex=FEMALE").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(bySex, "$.indicators[*].code")).doesNotContain("referralsMade");
	}

	@Test
	@Order(1)
	void referralTablesBreakDownByTheReferralDimensionsAndHideSmallCells() throws Exception {
		String table = mvc
			.perform(get("/api/reports/tables?measure=referralsMade&rows=district&columns=urgency&period=2026Q1")
				.with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columnKeys[0][0]").value("HIGH"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int phnomPenh = JsonPath.<List<List<String>>>read(table, "$.rowKeys").indexOf(List.of("KH-PP"));
		assertThat(JsonPath.<Boolean>read(table, "$.cells[" + phnomPenh + "][0].suppressed")).isTrue();
		for (Object value : JsonPath.<List<Object>>read(table, "$..value")) {
			if (value instanceof Number count) {
				assertThat(count.intValue() == 0 || count.intValue() >= 5).as("no published count below k: " + count)
					.isTrue();
			}
		}
		mvc.perform(get("/api/reports/tables?measure=referralsAccepted&rows=agencyType&period=2026Q1")
			.with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowKeys[?(@[0] == 'HEALTH')]").isNotEmpty());
		mvc.perform(get("/api/reports/tables?measure=referralsMade&rows=sex&period=2026Q1").with(Roles.analyst()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	@Order(2)
	void theSameEventsTwiceAndOutOfOrderEndInTheSameState() throws Exception {
		// Requested in 2025, away from the figures the other tests check.
		UUID inOrder = UUID.randomUUID();
		UUID shuffled = UUID.randomUUID();
		List<String> events = List.of("ReferralRequested", "ReferralAccepted", "ReferralCompleted");
		for (int version = 0; version < 3; version++) {
			publish(inOrder, events.get(version), "KH-BB", version, lifeCycle2025(version));
		}
		for (int version : new int[] { 2, 0, 2, 1, 0 }) {
			publish(shuffled, events.get(version), "KH-BB", version, lifeCycle2025(version));
		}
		// One partition: once a later referral is in, every event before it has been applied.
		refer2025("KH-BB");
		await().atMost(PATIENCE).until(() -> facts(1).size() == 11);

		List<Document> twoFacts = facts(1).stream().filter(fact -> "KH-BB".equals(fact.getString("district"))
				&& fact.getLong("version") == 2).toList();
		assertThat(twoFacts).hasSize(2);
		Document first = withoutId(twoFacts.get(0));
		assertThat(withoutId(twoFacts.get(1))).isEqualTo(first);
		assertThat(first.getString("status")).isEqualTo("COMPLETED");
		assertThat(first.getString("respondedOn")).isEqualTo("2025-06-03");
		assertThat(first.containsKey("pending")).isFalse();
		mvc.perform(get("/api/reports/tables?measure=referralsResponded&rows=responseDays&period=2025&district=KH-BB")
			.with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowKeys.length()").value(32));
	}

	@Test
	@Order(3)
	void aBadMessageIsDeadLetteredAndTheConsumerGoesOn() throws Exception {
		double unreadable = consumed.counter(TOPIC, "unreadable", Outcome.FAILED).count();
		double incomplete = consumed.counter(TOPIC, "ReferralRequested", Outcome.FAILED).count();
		int before = facts(1).size();
		kafka.send(TOPIC, UUID.randomUUID().toString(), "{\"eventId\": \"this is not json").get();
		Map<String, Object> noDistrict = new HashMap<>();
		noDistrict.put("district", null);
		kafka.send(TOPIC, UUID.randomUUID().toString(), ReferralEventFixtures.event("ReferralRequested",
				UUID.randomUUID(), UUID.randomUUID(), 0, noDistrict)).get();
		refer2025("KH-BB");

		await().atMost(PATIENCE).until(() -> facts(1).size() == before + 1);
		assertThat(consumed.counter(TOPIC, "unreadable", Outcome.FAILED).count()).isEqualTo(unreadable + 1);
		assertThat(consumed.counter(TOPIC, "ReferralRequested", Outcome.FAILED).count()).isEqualTo(incomplete + 1);
	}

	@Test
	@Order(4)
	void noPersonalDataIsStoredOrServed() throws Exception {
		List<String> forbidden = new ArrayList<>(PERSONAL_DATA.values());
		ids.forEach(id -> forbidden.add(id.toString()));
		forbidden.add("5d2c8f0a-3e6b-4c1d-9a7f-81b2e4c6d903");
		for (String collection : mongo.getCollectionNames()) {
			for (Document document : mongo.findAll(Document.class, collection)) {
				for (String value : forbidden) {
					assertThat(document.toJson()).as(collection).doesNotContain(value);
				}
			}
		}
		for (Document fact : facts(1)) {
			assertThat(fact.keySet()).isSubsetOf(ReferralFacts.FIELDS);
			assertThat(fact.toJson()).as("no agency code, only its type").doesNotContain("AG-");
		}
		for (String url : List.of("/api/reports/indicators?period=2026Q1", "/api/reports/metadata",
				"/api/reports/tables?measure=referralsMade&rows=district,serviceType&columns=urgency,agencyType&period=2026",
				"/api/reports/tables?measure=referralsResponded&rows=responseDays&period=2026Q1&format=csv")) {
			String response = mvc.perform(get(url).with(Roles.analyst()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String value : forbidden) {
				assertThat(response).as(url).doesNotContain(value);
			}
		}
	}

	@Test
	@Order(5)
	void aRebuildReplaysTheReferralsIntoTheNewGeneration() throws Exception {
		List<Document> before = facts(1).stream().map(ReferralStatisticsIntegrationTests::withoutPending).toList();
		mvc.perform(post("/api/reports/admin/rebuilds").with(Roles.admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.generation").value(2));
		await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(rebuildState()));

		assertThat(facts(2).stream().map(ReferralStatisticsIntegrationTests::withoutPending).toList())
			.containsExactlyInAnyOrderElementsOf(before);
		mvc.perform(get("/api/reports/indicators?period=2026Q1").with(Roles.analyst()))
			.andExpect(jsonPath("$.indicators[?(@.code == 'referralsMade')].value.value").value(8))
			.andExpect(jsonPath("$.indicators[?(@.code == 'medianDaysToReferralResponse')].value.value").value(1));
	}

	private UUID refer(String district) throws Exception {
		UUID referral = UUID.randomUUID();
		ids.add(referral);
		publish(referral, "ReferralRequested", district, 0, Map.of());
		return referral;
	}

	private UUID refer2025(String district) throws Exception {
		UUID referral = UUID.randomUUID();
		publish(referral, "ReferralRequested", district, 0, lifeCycle2025(0));
		return referral;
	}

	private void accept(UUID referral, String district, int days, boolean overdue) throws Exception {
		publish(referral, "ReferralAccepted", district, 1, Map.of("acceptedAt", at(days)));
		if (overdue) {
			publish(referral, "ReferralOverdue", district, 2, Map.of("acceptedAt", at(days)));
		}
	}

	private static Map<String, Object> lifeCycle2025(int version) {
		Map<String, Object> data = new HashMap<>();
		data.put("requestedAt", "2025-06-01T08:00:00Z");
		if (version >= 1) {
			data.put("acceptedAt", "2025-06-03T08:00:00Z");
		}
		if (version == 2) {
			data.put("closedAt", "2025-06-09T08:00:00Z");
		}
		return data;
	}

	private void publish(UUID referral, String type, String district, long version, Map<String, ?> data)
			throws Exception {
		Map<String, Object> values = new HashMap<>(PERSONAL_DATA);
		values.put("district", district);
		values.putAll(data);
		UUID caseId = UUID.nameUUIDFromBytes(referral.toString().getBytes());
		// Keyed by the case, as the producer does.
		kafka.send(TOPIC, caseId.toString(), ReferralEventFixtures.event(type, referral, caseId, version, values))
			.get();
	}

	private static String at(int days) {
		return REQUESTED.plus(Duration.ofDays(days)).plusSeconds(3600).toString();
	}

	private List<Document> facts(int generation) {
		return mongo.findAll(Document.class, new Generation(generation).collection(ReferralFacts.COLLECTION));
	}

	private static Document withoutId(Document fact) {
		Document copy = new Document(fact);
		copy.remove("_id");
		return copy;
	}

	private static Document withoutPending(Document fact) {
		Document copy = new Document(fact);
		copy.remove("pending");
		return copy;
	}

	private String rebuildState() throws Exception {
		String body = mvc.perform(get("/api/reports/admin/rebuilds/latest").with(Roles.admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.contains("\"state\"") ? JsonPath.read(body, "$.state") : "";
	}

}

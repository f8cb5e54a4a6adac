package org.childprotect.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.childprotect.cases.CaseHttp;
import org.childprotect.cases.CaseRequests;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.MongoWireServer;
import org.childprotect.cases.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Which cases a relay round looks at: the ones this instance just saved, by id, and what a crash or another
 * instance left in the store only when a sweep is due (at start-up, then every {@code sweep-interval}). Rounds are
 * driven by hand so that the test, not a schedule, decides when they run.
 */
@SpringBootTest(properties = { "childprotect.outbox.enabled=false", "childprotect.outbox.sweep-interval=1h",
		"childprotect.outbox.topic-partitions=1" })
@AutoConfigureMockMvc
@EmbeddedKafka(topics = "case.v1", partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxSweepIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private OutboxRelay relay;

	@Autowired
	private EmbeddedKafkaBroker broker;

	private Consumer<String, String> caseTopic;

	@DynamicPropertySource
	static void mongoWireServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MongoWireServer.uri("cases-outbox-sweep"));
	}

	@BeforeAll
	void subscribe() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "outbox-sweep-tests", false);
		caseTopic = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
			.createConsumer();
		broker.consumeFromAnEmbeddedTopic(caseTopic, "case.v1");
	}

	@AfterAll
	void close() {
		caseTopic.close();
	}

	@Test
	void eventsLeftBehindWaitForTheSweepWhileJustSavedCasesGoOutAtOnce() throws Exception {
		String leftBeforeStart = storeLeftBehindEvent();

		assertThat(relay.relayPending()).as("the first round sweeps the store").isEqualTo(1);
		assertThat(publishedKeys()).containsExactly(leftBeforeStart);
		assertThat(outboxOf(leftBeforeStart)).isEmpty();

		String leftByAnotherInstance = storeLeftBehindEvent();
		String registered = new CaseHttp(mvc).register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));

		assertThat(relay.relayPending()).as("a round between sweeps takes only what this instance saved")
			.isEqualTo(1);
		assertThat(publishedKeys()).containsExactly(registered);
		assertThat(outboxOf(registered)).isEmpty();
		assertThat(outboxOf(leftByAnotherInstance)).as("waits, untouched, for the next sweep").hasSize(1);
		assertThat(relay.relayPending()).as("nothing hinted is left").isZero();
	}

	/** A case document whose event no round of this instance knows about, as after a crash. */
	private String storeLeftBehindEvent() {
		String caseId = UUID.randomUUID().toString();
		Document entry = new Document("eventId", UUID.randomUUID().toString()).append("type", "CaseRiskChanged")
			.append("aggregateVersion", 1L)
			.append("occurredAt", new Date())
			.append("envelope", "{\"aggregateId\":\"" + caseId + "\"}");
		mongo.getCollection(ChildCase.COLLECTION)
			.insertOne(new Document("_id", caseId).append("caseNumber", "KH-PP-2000-" + caseId)
				.append("outbox", new ArrayList<>(List.of(entry))));
		return caseId;
	}

	/** The keys of everything published since the last call (the relay has acknowledged each send already). */
	private List<String> publishedKeys() {
		List<String> keys = new ArrayList<>();
		for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(caseTopic, Duration.ofSeconds(5))) {
			keys.add(record.key());
		}
		return keys;
	}

	private List<?> outboxOf(String caseId) {
		Document stored = mongo.getCollection(ChildCase.COLLECTION).find(Filters.eq("_id", caseId)).first();
		assertThat(stored).isNotNull();
		return stored.getList("outbox", Object.class, List.of());
	}

}

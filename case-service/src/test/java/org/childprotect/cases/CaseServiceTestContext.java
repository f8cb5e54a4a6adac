package org.childprotect.cases;

import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole service against a real Kafka broker (in-process, KRaft) and a MongoDB-wire server. Test classes
 * extending it share one application context, so the suite starts the service once.
 */
@SpringBootTest(properties = { "childprotect.outbox.poll-interval=50ms", "childprotect.outbox.topic-partitions=1",
		"spring.kafka.admin.fail-fast=true" })
@AutoConfigureMockMvc
@EmbeddedKafka(topics = { "case.v1", "referral.v1" }, partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class CaseServiceTestContext {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected MongoTemplate mongo;

	@DynamicPropertySource
	static void mongoWireServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MongoWireServer.uri("cases"));
	}

	/** Each test starts with no cases, counters or audit entries; reference data stays seeded. */
	@BeforeEach
	void forgetEarlierTests() {
		// Remove rather than drop, so the indexes the service created at start-up stay in place.
		mongo.remove(new Query(), ChildCase.class);
		mongo.remove(new Query(), CaseNumbers.COLLECTION);
		mongo.remove(new Query(), AuditEntry.class);
	}

	protected long storedCases() {
		return mongo.getCollection(ChildCase.COLLECTION).countDocuments();
	}

}

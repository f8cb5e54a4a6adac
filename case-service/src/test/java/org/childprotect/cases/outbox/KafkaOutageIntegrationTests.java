package org.childprotect.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.childprotect.cases.CaseRequests;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.MongoWireServer;
import org.childprotect.cases.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka is down: registering a child must still work, and the event must wait in the case's outbox, untouched,
 * for a later relay round. The relay is driven by hand here so the test controls when it runs.
 */
@SpringBootTest(properties = { "childprotect.outbox.enabled=false",
		"spring.kafka.producer.properties.max.block.ms=1000", "spring.kafka.admin.operation-timeout=1s" })
@AutoConfigureMockMvc
class KafkaOutageIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private OutboxRelay relay;

	@DynamicPropertySource
	static void noBrokerListens(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MongoWireServer.uri("cases-kafka-outage"));
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + unusedPort());
	}

	/** The timeout only guards against a hung relay; it is no performance claim. */
	@Test
	@Timeout(120)
	void registrationSucceedsAndTheEventWaitsInTheOutbox() throws Exception {
		String body = mvc
			.perform(post("/api/cases").with(Tokens.workerPp())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CaseRequests.girlGroomedOnline("KH-PP")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String caseId = JsonMapper.builder().build().readTree(body).get("id").asString();
		List<?> pending = outboxOf(caseId);

		assertThat(relay.relayPending()).as("nothing can be published").isZero();
		assertThat(relay.relayPending()).as("a second round neither hangs nor loses the event").isZero();

		assertThat(pending).hasSize(1);
		assertThat(outboxOf(caseId)).as("the event is kept exactly as saved").isEqualTo(pending);
		mvc.perform(get("/api/cases/" + caseId).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
	}

	private List<?> outboxOf(String caseId) {
		Document stored = mongo.getCollection(ChildCase.COLLECTION).find(Filters.eq("_id", caseId)).first();
		assertThat(stored).isNotNull();
		return stored.getList("outbox", Object.class, List.of());
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

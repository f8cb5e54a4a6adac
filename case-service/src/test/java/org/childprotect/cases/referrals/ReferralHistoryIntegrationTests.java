package org.childprotect.cases.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.childprotect.cases.CaseHttp;
import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseReferral;
import org.childprotect.cases.CaseRequests;
import org.childprotect.cases.CaseServiceTestContext;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Tokens;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code referral.v1} consumer against a real broker and a MongoDB-wire server: the same referral events fed
 * in order to one case, and twice over and shuffled to another, leave both cases in the same state; a repeat
 * changes nothing; an unreadable record is set aside without stopping the consumer; an accepted transfer moves the
 * case to the receiving agency, whose supervisor assigns one of their workers.
 */
class ReferralHistoryIntegrationTests extends CaseServiceTestContext {

	private static final String TOPIC = "referral.v1";

	private static final Instant T0 = Instant.parse("2026-03-14T02:15:30Z");

	private static final RequestPostProcessor SUPERVISOR_MOSVY = Tokens.user("supervisor.mosvy", "supervisor",
			"AG-MOSVY", "KH-PP");

	private static final RequestPostProcessor WORKER_MOSVY = Tokens.user("worker.mosvy", "social-worker",
			"AG-MOSVY", "KH-PP");

	@Autowired
	private KafkaTemplate<String, String> kafka;

	@Autowired
	private Cases cases;

	@Autowired
	private MeterRegistry meters;

	private final UUID counselling = UUID.randomUUID();

	private final UUID shelter = UUID.randomUUID();

	private final UUID transfer = UUID.randomUUID();

	@Test
	void theSameEventsTwiceAndOutOfOrderEndInTheSameStateAsInOrder() throws Exception {
		CaseHttp http = new CaseHttp(mvc);
		UUID inOrder = UUID.fromString(http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP")));
		UUID shuffled = UUID.fromString(http.register(Tokens.workerPp(), CaseRequests.boyInChildLabour("KH-PP")));

		historyOf(inOrder).forEach(event -> send(inOrder, event));
		List<ObjectNode> twiceShuffled = new ArrayList<>(historyOf(shuffled));
		twiceShuffled.addAll(historyOf(shuffled));
		Collections.shuffle(twiceShuffled, new Random(4));
		twiceShuffled.forEach(event -> send(shuffled, event));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stateOf(shuffled)).isEqualTo(stateOf(inOrder)).hasSize(3));

		List<CaseReferral> settled = stateOf(shuffled);
		long versionBefore = versionOf(shuffled);
		int auditedBefore = referralChangesAudited(shuffled).size();
		historyOf(shuffled).forEach(event -> send(shuffled, event));
		kafka.send(TOPIC, shuffled.toString(), "{\"type\": \"ReferralAccepted\", \"data\": \"Sokha\"}");
		UUID marker = UUID.randomUUID();
		send(shuffled, ReferralEvents.of("ReferralRequested", shuffled, marker, 0));
		// One partition: once the marker is in, every record sent before it was consumed.
		await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(shuffled).size() == 4);

		assertThat(stateOf(shuffled)).filteredOn(referral -> !referral.referralId().equals(marker.toString()))
			.as("repeats change nothing")
			.isEqualTo(settled);
		assertThat(versionOf(shuffled)).as("only the marker was written").isEqualTo(versionBefore + 1);
		assertThat(meters.counter("childprotect.events.consumed", "topic", TOPIC, "type", "ReferralAccepted",
				"outcome", "failed").count()).as("the unreadable record was counted and set aside").isPositive();
		assertThat(referralChangesAudited(inOrder)).as("one entry per change").hasSize(historyOf(inOrder).size());
		assertThat(referralChangesAudited(shuffled)).as("none for repeats")
			.hasSize(auditedBefore + 1)
			.allSatisfy(entry -> {
				assertThat(entry.actorUsername()).isEqualTo("referral-service");
				assertThat(entry.sections()).contains("referrals");
			});
	}

	@Test
	void anAcceptedTransferMovesTheCaseToTheReceivingAgency() throws Exception {
		CaseHttp http = new CaseHttp(mvc);
		UUID caseId = UUID.fromString(http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP")));
		String path = "/api/cases/" + caseId;

		send(caseId, ReferralEvents.transfer("TransferRequested", caseId, transfer, 0, "AG-DOSVY-PP", "AG-MOSVY",
				T0));
		send(caseId, ReferralEvents.transfer("TransferAccepted", caseId, transfer, 1, "AG-DOSVY-PP", "AG-MOSVY",
				T0.plusSeconds(3600)));
		await().atMost(Duration.ofSeconds(30)).until(() -> "AG-MOSVY".equals(caseOf(caseId).ownerAgency()));

		mvc.perform(get(path).with(Tokens.workerPp())).andExpect(status().isNotFound());
		mvc.perform(get(path).with(Tokens.supervisorPp())).andExpect(status().isNotFound());
		mvc.perform(get("/api/cases").with(Tokens.workerPp())).andExpect(jsonPath("$.totalElements").value(0));
		String etag = mvc.perform(get(path).with(SUPERVISOR_MOSVY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerAgency").value("AG-MOSVY"))
			.andExpect(jsonPath("$.assignedWorker").doesNotExist())
			.andExpect(jsonPath("$.referrals[0].kind").value("TRANSFER"))
			.andExpect(jsonPath("$.referrals[0].status").value("ACCEPTED"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		mvc.perform(post(path + "/assignment").with(SUPERVISOR_MOSVY)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"workerUserId\": \"sub-worker.mosvy\", \"workerUsername\": \"worker.mosvy\"}"))
			.andExpect(status().isOk());
		mvc.perform(get(path).with(WORKER_MOSVY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.assignedWorker.username").value("worker.mosvy"));

		send(caseId, ReferralEvents.transfer("TransferAccepted", caseId, transfer, 1, "AG-DOSVY-PP", "AG-MOSVY",
				T0.plusSeconds(3600)));
		UUID marker = UUID.randomUUID();
		send(caseId, ReferralEvents.of("ReferralRequested", caseId, marker, 0));
		await().atMost(Duration.ofSeconds(30)).until(() -> stateOf(caseId).size() == 2);
		assertThat(caseOf(caseId).assignedWorker()).as("a repeated acceptance does not unassign the new worker")
			.isNotNull();
	}

	/** Two referrals and a transfer, each through its states, as the referral service would publish them. */
	private List<ObjectNode> historyOf(UUID caseId) {
		List<ObjectNode> events = new ArrayList<>();
		events.add(ReferralEvents.of("ReferralRequested", caseId, counselling, 0));
		events.add(ReferralEvents.of("ReferralAccepted", caseId, counselling, 1));
		events.add(ReferralEvents.of("ReferralCompleted", caseId, counselling, 2));
		events.add(ReferralEvents.of("ReferralRequested", caseId, shelter, 0));
		events.add(ReferralEvents.of("ReferralDeclined", caseId, shelter, 1));
		events.add(ReferralEvents.transfer("TransferRequested", caseId, transfer, 0, "AG-DOSVY-PP", "AG-MOSVY", T0));
		events.add(ReferralEvents.transfer("TransferAccepted", caseId, transfer, 1, "AG-DOSVY-PP", "AG-MOSVY",
				T0.plusSeconds(3600)));
		return events;
	}

	private void send(UUID caseId, ObjectNode event) {
		kafka.send(TOPIC, caseId.toString(), ReferralEvents.json(event)).join();
	}

	private ChildCase caseOf(UUID caseId) {
		return cases.byId(new CaseId(caseId)).orElseThrow();
	}

	private List<CaseReferral> stateOf(UUID caseId) {
		return caseOf(caseId).referrals();
	}

	private long versionOf(UUID caseId) {
		Long version = caseOf(caseId).version();
		return version == null ? 0 : version;
	}

	private List<AuditEntry> referralChangesAudited(UUID caseId) {
		return mongo.find(new Query(), AuditEntry.class)
			.stream()
			.filter(entry -> entry.caseIds().contains(caseId.toString()))
			.filter(entry -> entry.action() == AuditAction.SERVICE_UPDATED || entry.action() == AuditAction.CASE_ASSIGNED)
			.toList();
	}

}

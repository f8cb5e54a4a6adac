package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.childprotect.cases.audit.AuditTrail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Registration end to end inside the service: HTTP in, MongoDB document, Kafka event out, audit trail. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseRegistrationIntegrationTests extends CaseServiceTestContext {

	private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private MeterRegistry meters;

	private Consumer<String, String> caseTopic;

	@BeforeAll
	void subscribeToCaseTopic() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "registration-tests", false);
		caseTopic = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
			.createConsumer();
		broker.consumeFromAnEmbeddedTopic(caseTopic, "case.v1");
	}

	@AfterAll
	void closeConsumer() {
		caseTopic.close();
	}

	@Test
	void aRegisteredCaseIsPublishedOnCaseV1KeyedByItsIdAndLeavesTheOutbox() throws Exception {
		String id = register(CaseRequests.girlGroomedOnline("KH-PP"));

		ConsumerRecord<String, String> published = nextEventFor(id);
		JsonNode event = json.readTree(published.value());
		assertThat(event.get("type").asString()).isEqualTo("CaseRegistered");
		assertThat(event.get("aggregateId").asString()).isEqualTo(id);
		assertThat(event.get("aggregateVersion").asLong()).isZero();
		assertThat(event.at("/data/district").asString()).isEqualTo("KH-PP");
		assertThat(event.at("/data/ownerAgency").asString()).isEqualTo("AG-DOSVY-PP");
		assertThat(published.value()).doesNotContain("Sokha", "Chan", "2011-10-02", "KH-PP-");

		await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
		mvc.perform(get("/api/cases/" + id).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		assertThat(meters.counter("childprotect.events.published", "topic", "case.v1", "type", "CaseRegistered")
			.count()).isPositive();
	}

	@Test
	void theCreatedCaseIsReturnedWithItsNumberLocationAndVersion() throws Exception {
		int year = LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).getYear();

		MvcResult first = mvc
			.perform(post("/api/cases").with(Tokens.workerPp())
				.contentType(MediaType.APPLICATION_JSON)
				.content(CaseRequests.girlGroomedOnline("KH-PP")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/cases/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.caseNumber").value("KH-PP-" + year + "-000001"))
			.andExpect(jsonPath("$.givenName").value("Sokha"))
			.andExpect(jsonPath("$.agePrecision").value("EXACT"))
			.andExpect(jsonPath("$.stage").value("REGISTRATION"))
			.andExpect(jsonPath("$.owner.username").value("worker.pp"))
			.andExpect(jsonPath("$.assignedWorker.username").value("worker.pp"))
			.andExpect(jsonPath("$.ownerAgency").value("AG-DOSVY-PP"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn();
		assertThat(first.getResponse().getHeader("Location")).endsWith(json.readTree(first.getResponse()
			.getContentAsString()).get("id").asString());

		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-PP")))
			.andExpect(jsonPath("$.caseNumber").value("KH-PP-" + year + "-000002"))
			.andExpect(jsonPath("$.agePrecision").value("ESTIMATED"))
			.andExpect(jsonPath("$.ageYears").value(10));
		mvc.perform(post("/api/cases").with(Tokens.supervisorSr())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-SR")))
			.andExpect(jsonPath("$.caseNumber").value("KH-SR-" + year + "-000001"))
			.andExpect(jsonPath("$.assignedWorker").doesNotExist());
	}

	@Test
	void malformedJsonIsAProblemAndStoresNothing() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Sokha\", "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.status").value(400));

		assertThat(storedCases()).isZero();
	}

	@Test
	void missingFieldsAreEachNamed() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"givenName\": \"Sokha\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("familyName", "sex", "dateOfBirth", "district", "concerns", "riskLevel")));

		assertThat(storedCases()).isZero();
	}

	@Test
	void anUnknownFieldIsNamed() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-PP").replace("\"sex\"", "\"nickname\": \"S\", \"sex\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("nickname"));

		assertThat(storedCases()).isZero();
	}

	@Test
	void anUnknownDistrictOrConcernIsNamedAndUsesNoCaseNumber() throws Exception {
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-XX").replace("OCSEA_SEXTORTION", "MADE_UP")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("district", "concerns")))
			.andExpect(jsonPath("$.errors[*].message", hasItem("unknown concern codes: MADE_UP")));

		assertThat(storedCases()).isZero();
		assertThat(mongo.getCollection(CaseNumbers.COLLECTION).countDocuments()).isZero();
	}

	@Test
	void implausibleAgesAreRefusedOnTheBirthDateField() throws Exception {
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Phnom_Penh")).plusDays(1).toString();
		List<String> bodies = List.of(
				CaseRequests.girlGroomedOnline("KH-PP").replace("2011-10-02", tomorrow),
				CaseRequests.girlGroomedOnline("KH-PP").replace("2011-10-02", "1985-01-01"),
				CaseRequests.girlGroomedOnline("KH-PP").replace("\"sex\"", "\"estimatedAgeYears\": 12, \"sex\""),
				CaseRequests.boyInChildLabour("KH-PP").replace("\"estimatedAgeYears\": 10,", ""));
		for (String body : bodies) {
			mvc.perform(post("/api/cases").with(Tokens.workerPp()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
		}
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.boyInChildLabour("KH-PP").replace(": 10,", ": 18,")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("estimatedAgeYears"));

		assertThat(storedCases()).isZero();
	}

	@Test
	void overlongNamesAndBadEnumValuesAreNamedWithoutEchoingThem() throws Exception {
		String longName = "N".repeat(101);
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-PP").replace("\"Sokha\"", "\"" + longName + "\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("givenName"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(longName))));
		mvc.perform(post("/api/cases").with(Tokens.workerPp())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseRequests.girlGroomedOnline("KH-PP").replace("\"HIGH\"", "\"EXTREME\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("riskLevel"));

		assertThat(storedCases()).isZero();
	}

	@Test
	void everyReadAndWriteLeavesAnIntactAuditTrailWithoutValues() throws Exception {
		String id = register(CaseRequests.girlGroomedOnline("KH-PP"));
		mvc.perform(get("/api/cases/" + id).with(Tokens.supervisorPp())).andExpect(status().isOk());
		mvc.perform(get("/api/cases").with(Tokens.workerPp())).andExpect(status().isOk());

		List<AuditEntry> trail = mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class);
		assertThat(trail).extracting(AuditEntry::action)
			.containsExactly(AuditAction.CASE_REGISTERED, AuditAction.CASE_VIEWED, AuditAction.CASES_LISTED);
		assertThat(trail).extracting(AuditEntry::actorUsername)
			.containsExactly("worker.pp", "supervisor.pp", "worker.pp");
		assertThat(trail).allSatisfy(entry -> assertThat(entry.caseIds()).containsExactly(id));
		assertThat(trail.get(1).sections()).contains("identity", "concerns");
		assertThat(mongo.getCollection(AuditEntry.COLLECTION).find().map(Document::toJson).into(new java.util.ArrayList<>()))
			.noneMatch(stored -> stored.contains("Sokha") || stored.contains("2011-10-02"));
		assertThat(auditTrail.verify().intact()).isTrue();
	}

	@Test
	void theListIsNewestFirstPagedAndCappedAtAHundred() throws Exception {
		String older = register(CaseRequests.girlGroomedOnline("KH-PP"));
		String newer = register(CaseRequests.boyInChildLabour("KH-PP"));

		mvc.perform(get("/api/cases").with(Tokens.supervisorPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(newer))
			.andExpect(jsonPath("$.content[1].id").value(older))
			.andExpect(jsonPath("$.content[0].familyName").value("Kim"))
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totalPages").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
		mvc.perform(get("/api/cases?page=1&size=1").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.content[0].id").value(older))
			.andExpect(jsonPath("$.totalPages").value(2));
		mvc.perform(get("/api/cases?size=500").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.size").value(100));
		mvc.perform(get("/api/cases?page=-1").with(Tokens.supervisorPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void registrationsAreCountedPerDistrict() throws Exception {
		double before = meters.counter("childprotect.cases.registered", "district", "KH-PP").count();

		register(CaseRequests.girlGroomedOnline("KH-PP"));

		assertThat(meters.counter("childprotect.cases.registered", "district", "KH-PP").count())
			.isEqualTo(before + 1);
	}

	private String register(String body) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/cases").with(Tokens.workerPp()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
	}

	private ConsumerRecord<String, String> nextEventFor(String caseId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<String, String> record : caseTopic.poll(Duration.ofMillis(500))) {
				if (caseId.equals(record.key())) {
					return record;
				}
			}
		}
		throw new AssertionError("No event for case " + caseId + " on case.v1");
	}

	private List<?> outboxOf(String caseId) {
		Document stored = mongo.getCollection(ChildCase.COLLECTION).find(Filters.eq("_id", caseId)).first();
		assertThat(stored).isNotNull();
		return stored.getList("outbox", Object.class, List.of());
	}

}

package org.childprotect.referrals.referral;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.childprotect.referrals.CaseServiceStub;
import org.childprotect.referrals.ReferralServiceIntegrationTest;
import org.childprotect.referrals.audit.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral tests through the HTTP API, each starting from an empty referral store and audit trail and a healthy
 * case-service stub. Helpers speak the API the way the web UI does (ETag in, If-Match out).
 */
abstract class ReferralApiTest extends ReferralServiceIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired MongoTemplate mongo;
  @Autowired JsonMapper json;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired CircuitBreaker caseServiceBreaker;
  @Autowired DeadlineWatch deadlines;

  @BeforeEach
  void emptyStoreAndHealthyCaseService() {
    // Remove rather than drop, so the indexes the service created at start-up stay in place.
    mongo.remove(new Query(), Referral.class);
    mongo.remove(new Query(), AuditEntry.class);
    CASE_SERVICE.heal();
    caseServiceBreaker.reset();
  }

  @AfterEach
  void leaveCaseServiceHealthy() {
    CASE_SERVICE.heal();
    caseServiceBreaker.reset();
  }

  /** A case in Siem Reap, owned by the Siem Reap social welfare office, with recorded consent. */
  static UUID shareSiemReapCase(boolean consent) {
    UUID caseId = UUID.randomUUID();
    CASE_SERVICE.share(
        caseId,
        new CaseServiceStub.SharedCase(
            "KH-SR-2026-00042",
            "KH-SR",
            "AG-DOSVY-SR",
            "HIGH",
            consent,
            """
            {"givenName":"Sokha","ageYears":9,"sex":"FEMALE","caregiverContact":"+855 12 345 678",
             "concernSummary":"Injuries needing examination"}"""));
    return caseId;
  }

  /** A case in Phnom Penh, owned by the Phnom Penh social welfare office, with recorded consent. */
  static UUID sharePhnomPenhCase(String riskLevel) {
    UUID caseId = UUID.randomUUID();
    CASE_SERVICE.share(
        caseId,
        new CaseServiceStub.SharedCase(
            "KH-PP-2026-00007",
            "KH-PP",
            "AG-DOSVY-PP",
            riskLevel,
            true,
            "{\"givenName\":\"Dara\",\"ageYears\":12,\"concernSummary\":\"Distress after online abuse\"}"));
    return caseId;
  }

  ResultActions refer(JwtRequestPostProcessor who, UUID caseId, String serviceType, String toAgency)
      throws Exception {
    return referWith(
        who,
        Map.of("caseId", caseId, "serviceType", serviceType, "toAgency", toAgency, "reason", "Needs a medical check"));
  }

  ResultActions referWith(JwtRequestPostProcessor who, Map<String, ?> body) throws Exception {
    return mvc.perform(
        post("/api/referrals").with(who).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }

  /** Refers a Siem Reap case with consent to the hospital for medical care; returns the referral as created. */
  Created referToHospital(JwtRequestPostProcessor who) throws Exception {
    UUID caseId = shareSiemReapCase(true);
    return created(caseId, refer(who, caseId, "MEDICAL_CARE", "AG-HEALTH-SR").andReturn());
  }

  Created created(UUID caseId, MvcResult result) throws Exception {
    if (result.getResponse().getStatus() != 201) {
      throw new AssertionError(
          "expected 201, got " + result.getResponse().getStatus() + ": " + result.getResponse().getContentAsString());
    }
    JsonNode body = json.readTree(result.getResponse().getContentAsString());
    return new Created(caseId, body.get("id").asString(), result.getResponse().getHeader("ETag"));
  }

  ResultActions command(JwtRequestPostProcessor who, String id, String action, String etag, Map<String, ?> body)
      throws Exception {
    var request = post("/api/referrals/{id}/{action}", id, action).with(who);
    if (etag != null) {
      request = request.header("If-Match", etag);
    }
    if (body != null) {
      request = request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request);
  }

  ResultActions read(JwtRequestPostProcessor who, String id) throws Exception {
    return mvc.perform(get("/api/referrals/{id}", id).with(who));
  }

  ResultActions snapshot(JwtRequestPostProcessor who, String id) throws Exception {
    return mvc.perform(get("/api/referrals/{id}/snapshot", id).with(who));
  }

  String etagOf(JwtRequestPostProcessor who, String id) throws Exception {
    return read(who, id).andReturn().getResponse().getHeader("ETag");
  }

  long storedReferrals() {
    return mongo.getCollection(Referral.COLLECTION).countDocuments();
  }

  /** Waits until the relay has published at least {@code count} events keyed by the case, and returns them all. */
  List<ConsumerRecord<String, String>> eventsOf(UUID caseId, int count) {
    List<ConsumerRecord<String, String>> seen = new ArrayList<>();
    try (Consumer<String, String> reader = eventReader()) {
      Awaitility.await()
          .atMost(PATIENCE)
          .until(
              () -> {
                KafkaTestUtils.getRecords(reader, Duration.ofMillis(300)).records("referral.v1").forEach(
                    record -> {
                      if (caseId.toString().equals(record.key())) {
                        seen.add(record);
                      }
                    });
                return seen.size() >= count;
              });
    }
    return seen;
  }

  List<String> typesOf(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(record -> json.readTree(record.value()).get("type").asString()).toList();
  }

  private Consumer<String, String> eventReader() {
    Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Consumer<String, String> reader =
        new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer()).createConsumer();
    reader.subscribe(List.of("referral.v1"));
    return reader;
  }

  record Created(UUID caseId, String id, String etag) {}
}

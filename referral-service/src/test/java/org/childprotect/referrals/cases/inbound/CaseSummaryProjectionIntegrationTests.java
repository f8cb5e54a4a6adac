package org.childprotect.referrals.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.childprotect.referrals.ReferralServiceIntegrationTest;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.cases.CaseSummaries;
import org.childprotect.referrals.cases.CaseSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CaseSummaryProjectionIntegrationTests extends ReferralServiceIntegrationTest {

  private static final String TOPIC = "case.v1";
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Autowired KafkaTemplate<String, String> kafka;
  @Autowired CaseSummaries summaries;
  @Autowired MongoOperations mongo;
  @Autowired MeterRegistry meters;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void consumesAsTheReferralServiceGroupSoItsOffsetsAreItsOwn() {
    assertThat(listeners.getListenerContainer("case-summaries"))
        .isNotNull()
        .satisfies(container -> assertThat(container.getGroupId()).isEqualTo("referral-service"));
  }

  @Test
  void registeringACaseCreatesItsSummaryWithoutAnythingPersonal() {
    ObjectNode example = CaseEventFixtures.caseRegisteredExample();
    UUID caseId = UUID.fromString(example.get("aggregateId").asString());
    double appliedBefore = count("CaseRegistered", "applied");

    publish(caseId, example);

    CaseSummary summary = awaitSummary(caseId, example.get("aggregateVersion").asLong());
    JsonNode data = example.get("data");
    assertThat(summary.district()).isEqualTo(data.get("district").asString());
    assertThat(summary.ownerAgency()).isEqualTo(data.get("ownerAgency").asString());
    assertThat(summary.riskLevel()).isEqualTo(data.get("riskLevel").asString());
    assertThat(summary.stage()).isEqualTo(data.get("stage").asString());
    Document stored = mongo.getCollection("case_summaries").find(new Document("_id", caseId.toString())).first();
    assertThat(stored.keySet())
        .as("only routing facts are kept: no sex, age, concerns, dates")
        .isSubsetOf("_id", "_class", "district", "ownerAgency", "riskLevel", "stage", "lastAppliedVersion");
    assertThat(count("CaseRegistered", "applied")).isEqualTo(appliedBefore + 1);
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    UUID caseId = UUID.randomUUID();
    publish(caseId, CaseEventFixtures.caseRegistered(caseId, 1, "HIGH"));
    awaitSummary(caseId, 1);
    double duplicatesBefore = count("CaseRegistered", "duplicate");

    publish(caseId, CaseEventFixtures.caseRegistered(caseId, 1, "LOW"));
    processedUpToHere();

    assertThat(summaries.byId(new CaseId(caseId)))
        .hasValueSatisfying(summary -> assertThat(summary.riskLevel()).isEqualTo("HIGH"));
    assertThat(count("CaseRegistered", "duplicate")).isEqualTo(duplicatesBefore + 1);
  }

  @Test
  void anOlderEventArrivingLateChangesNothingAndANewerOneApplies() {
    UUID caseId = UUID.randomUUID();
    publish(caseId, CaseEventFixtures.caseRegistered(caseId, 3, "LOW"));
    awaitSummary(caseId, 3);

    publish(caseId, CaseEventFixtures.caseRegistered(caseId, 2, "HIGH"));
    processedUpToHere();
    assertThat(summaries.byId(new CaseId(caseId)))
        .hasValueSatisfying(
            summary -> {
              assertThat(summary.riskLevel()).isEqualTo("LOW");
              assertThat(summary.lastAppliedVersion()).isEqualTo(3);
            });

    publish(caseId, CaseEventFixtures.caseRegistered(caseId, 4, "MEDIUM"));
    assertThat(awaitSummary(caseId, 4).riskLevel()).isEqualTo("MEDIUM");
  }

  @Test
  void eventsFedTwiceAndOutOfOrderEndInTheSameStateAsInOrder() {
    UUID inOrder = UUID.randomUUID();
    UUID shuffled = UUID.randomUUID();
    List<String> risks = List.of("LOW", "MEDIUM", "HIGH", "MEDIUM");
    for (int version = 0; version < risks.size(); version++) {
      publish(inOrder, CaseEventFixtures.caseRegistered(inOrder, version, risks.get(version)));
    }
    // Every event twice, newest first, then oldest first: duplicates and reordering together.
    List<Integer> deliveries = List.of(3, 1, 3, 0, 2, 1, 0, 2);
    for (int version : deliveries) {
      publish(shuffled, CaseEventFixtures.caseRegistered(shuffled, version, risks.get(version)));
    }
    processedUpToHere();

    CaseSummary expected = awaitSummary(inOrder, 3);
    CaseSummary actual = awaitSummary(shuffled, 3);
    assertThat(actual.riskLevel()).isEqualTo("MEDIUM").isEqualTo(expected.riskLevel());
    assertThat(actual)
        .usingRecursiveComparison()
        .ignoringFields("caseId")
        .isEqualTo(expected);
  }

  @Test
  void aPoisonMessageIsDeadLetteredAndTheNextMessageIsStillApplied() {
    UUID poisonKey = UUID.randomUUID();
    UUID unorderableKey = UUID.randomUUID();
    UUID nextCase = UUID.randomUUID();
    ObjectNode withoutVersion = CaseEventFixtures.caseRegistered(unorderableKey, 1);
    withoutVersion.remove("aggregateVersion");
    double failedBefore = count("unreadable", "failed") + count("CaseRegistered", "failed");

    kafka.send(TOPIC, poisonKey.toString(), "{this is not an event").join();
    publish(unorderableKey, withoutVersion);
    publish(nextCase, CaseEventFixtures.caseRegistered(nextCase, 1));

    awaitSummary(nextCase, 1);
    assertThat(summaries.byId(new CaseId(unorderableKey))).isEmpty();
    List<ConsumerRecord<String, String>> deadLettered = new ArrayList<>();
    try (Consumer<String, String> deadLetters = deadLetterReader()) {
      await()
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                KafkaTestUtils.getRecords(deadLetters, Duration.ofMillis(500)).forEach(deadLettered::add);
                assertThat(deadLettered)
                    .extracting(ConsumerRecord::key)
                    .contains(poisonKey.toString(), unorderableKey.toString());
              });
    }
    assertThat(deadLettered)
        .filteredOn(record -> record.key().equals(poisonKey.toString()))
        .singleElement()
        .satisfies(record -> assertThat(record.value()).isEqualTo("{this is not an event"));
    assertThat(count("unreadable", "failed") + count("CaseRegistered", "failed")).isEqualTo(failedBefore + 2);
  }

  @Test
  void eventTypesItDoesNotFollowAreSkipped() {
    UUID caseId = UUID.randomUUID();
    double skippedBefore = count("CaseNoteAdded", "skipped");

    publish(caseId, CaseEventFixtures.eventOfType("CaseNoteAdded", caseId, 2));
    processedUpToHere();

    assertThat(summaries.byId(new CaseId(caseId))).isEmpty();
    assertThat(count("CaseNoteAdded", "skipped")).isEqualTo(skippedBefore + 1);
  }

  private Consumer<String, String> deadLetterReader() {
    Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader-" + UUID.randomUUID(), false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Consumer<String, String> reader =
        new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(), new StringDeserializer())
            .createConsumer();
    reader.subscribe(List.of(TOPIC + ".DLT"));
    return reader;
  }

  private void publish(UUID caseId, JsonNode event) {
    kafka.send(TOPIC, caseId.toString(), CaseEventFixtures.json(event)).join();
  }

  /** The topic has one partition, so once a later registration is applied every earlier record was handled. */
  private void processedUpToHere() {
    UUID marker = UUID.randomUUID();
    publish(marker, CaseEventFixtures.caseRegistered(marker, 1));
    awaitSummary(marker, 1);
  }

  private CaseSummary awaitSummary(UUID caseId, long version) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> summaries.byId(new CaseId(caseId)),
            summary -> summary.filter(s -> s.lastAppliedVersion() == version).isPresent())
        .orElseThrow();
  }

  private double count(String type, String outcome) {
    return Optional.ofNullable(
            meters
                .find("childprotect.events.consumed")
                .tags("topic", TOPIC, "type", type, "outcome", outcome)
                .counter())
        .map(Counter::count)
        .orElse(0.0);
  }
}

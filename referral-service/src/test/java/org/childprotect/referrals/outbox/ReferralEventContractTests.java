package org.childprotect.referrals.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.referral.Actor;
import org.childprotect.referrals.referral.CompletionOutcome;
import org.childprotect.referrals.referral.ConsentBasis;
import org.childprotect.referrals.referral.ConsentOverride;
import org.childprotect.referrals.referral.Deadlines;
import org.childprotect.referrals.referral.DeclineReason;
import org.childprotect.referrals.referral.OutboxEntry;
import org.childprotect.referrals.referral.Referral;
import org.childprotect.referrals.referral.ReferralEventType;
import org.childprotect.referrals.referral.ReferralId;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.RequestedReferral;
import org.childprotect.referrals.referral.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The producer's side of the {@code referral.v1} contract: every event type has a schema and an example, the
 * example satisfies the schema, and what the service really publishes has exactly the example's fields and
 * satisfies the schema. Consumers (case-service, reporting-service) test against the same examples.
 */
class ReferralEventContractTests {

  private static final String EVENTS = "events/referral.v1/";
  private static final Instant T0 = Instant.parse("2026-03-14T02:15:30.123Z");
  private static final Actor WORKER = new Actor("sub-worker.sr", "worker.sr", "AG-DOSVY-SR");
  private static final Actor SUPERVISOR = new Actor("sub-supervisor.sr", "supervisor.sr", "AG-DOSVY-SR");
  private static final Actor OFFICER = new Actor("sub-officer.health", "officer.health", "AG-HEALTH-SR");

  private final JsonMapper json = JsonMapper.builder().build();
  private final JsonEventEnvelopes envelopes = new JsonEventEnvelopes();
  private final Deadlines deadlines = Deadlines.defaults();

  @ParameterizedTest
  @EnumSource(ReferralEventType.class)
  void everyExampleSatisfiesItsSchema(ReferralEventType type) throws IOException {
    assertThat(schema(type).validate(example(type))).extracting(Error::getMessage).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ReferralEventType.class)
  void everyProducedEventSatisfiesItsSchemaAndHasExactlyTheExamplesFields(ReferralEventType type)
      throws IOException {
    JsonNode produced = produced().get(type);
    assertThat(produced).as(type + " is produced by some transition").isNotNull();

    assertThat(schema(type).validate(produced)).extracting(Error::getMessage).isEmpty();
    assertThat(fieldPaths(produced)).isEqualTo(fieldPaths(example(type)));
  }

  @Test
  void theEnvelopeNamesTheReferralAndItsVersionAndNoPersonalData() {
    Map<ReferralEventType, JsonNode> produced = produced();
    JsonNode requested = produced.get(ReferralEventType.REFERRAL_REQUESTED);

    assertThat(requested.get("producer").asString()).isEqualTo("referral-service");
    assertThat(requested.get("aggregateId").asString()).isEqualTo(requested.at("/data/referralId").asString());
    assertThat(requested.get("aggregateVersion").asLong()).isZero();
    assertThat(requested.get("occurredAt").asString()).isEqualTo("2026-03-14T02:15:30.123Z");
    assertThat(produced.values())
        .allSatisfy(
            event ->
                assertThat(event.toString())
                    .doesNotContain("Sokha", "KH-SR-2026", "medical check", "worker.sr", "officer.health",
                        "supervisor.sr", "Immediate danger", "Treated"));
  }

  @Test
  void theSchemasRefuseANameOrAReason() throws IOException {
    ObjectNode withName = (ObjectNode) example(ReferralEventType.REFERRAL_REQUESTED);
    ((ObjectNode) withName.get("data")).put("givenName", "Sokha");
    ObjectNode withReason = (ObjectNode) example(ReferralEventType.REFERRAL_DECLINED);
    ((ObjectNode) withReason.get("data")).put("declineReason", "Nobody free this week");

    assertThat(schema(ReferralEventType.REFERRAL_REQUESTED).validate(withName)).isNotEmpty();
    assertThat(schema(ReferralEventType.REFERRAL_DECLINED).validate(withReason)).isNotEmpty();
  }

  @Test
  void everyTypeHasItsFiles() {
    assertThat(Arrays.stream(ReferralEventType.values()).map(ReferralEventType::wireName))
        .allSatisfy(
            name -> {
              assertThat(new ClassPathResource(EVENTS + name + ".schema.json").exists()).as(name).isTrue();
              assertThat(new ClassPathResource(EVENTS + name + ".example.json").exists()).as(name).isTrue();
            });
  }

  /** Runs every transition once and keeps the last event of each type. */
  private Map<ReferralEventType, JsonNode> produced() {
    Map<ReferralEventType, JsonNode> byType = new LinkedHashMap<>();
    Instant later = T0.plus(Duration.ofHours(3));

    Referral completed = referral(Urgency.HIGH, false);
    completed.accept(OFFICER, later, deadlines, envelopes);
    completed.passDeadline(later.plus(Duration.ofDays(8)), envelopes);
    completed.complete(OFFICER, CompletionOutcome.SERVICE_PROVIDED, "Treated", later.plus(Duration.ofDays(9)), envelopes);
    collect(completed, byType);

    Referral declined = referral(Urgency.MEDIUM, true);
    declined.decline(OFFICER, DeclineReason.NO_CAPACITY, "Nobody free", later, envelopes);
    collect(declined, byType);

    Referral revoked = referral(Urgency.LOW, false);
    revoked.revoke(WORKER, "Moved", later, envelopes);
    collect(revoked, byType);

    Referral expired = referral(Urgency.HIGH, false);
    expired.passDeadline(T0.plus(Duration.ofDays(2)), envelopes);
    collect(expired, byType);

    Referral accepted = transfer();
    accepted.accept(SUPERVISOR, later, deadlines, envelopes);
    collect(accepted, byType);

    Referral declinedTransfer = transfer();
    declinedTransfer.passDeadline(T0.plus(Duration.ofDays(4)), envelopes);
    declinedTransfer.decline(SUPERVISOR, DeclineReason.OUTSIDE_COVERAGE, null, T0.plus(Duration.ofDays(5)), envelopes);
    collect(declinedTransfer, byType);
    return byType;
  }

  private void collect(Referral referral, Map<ReferralEventType, JsonNode> byType) {
    for (OutboxEntry entry : referral.outbox()) {
      ReferralEventType type =
          Arrays.stream(ReferralEventType.values()).filter(t -> t.wireName().equals(entry.type())).findFirst().orElseThrow();
      byType.put(type, json.readTree(entry.envelope()));
    }
  }

  private Referral referral(Urgency urgency, boolean override) {
    RequestedReferral request =
        new RequestedReferral(
            ReferralKind.REFERRAL,
            new CaseId(UUID.randomUUID()),
            "KH-SR-2026-00042",
            "KH-SR",
            "AG-DOSVY-SR",
            "AG-HEALTH-SR",
            "HEALTH",
            "MEDICAL_CARE",
            urgency,
            "Needs a medical check",
            override ? ConsentBasis.SUPERVISOR_OVERRIDE : ConsentBasis.RECORDED_CONSENT,
            override ? new ConsentOverride("Immediate danger to the child", SUPERVISOR, T0) : null,
            "{\"givenName\":\"Sokha\"}");
    return Referral.request(ReferralId.random(), request, WORKER, T0, deadlines, envelopes);
  }

  private Referral transfer() {
    RequestedReferral request =
        new RequestedReferral(
            ReferralKind.TRANSFER,
            new CaseId(UUID.randomUUID()),
            "KH-PP-2026-00007",
            "KH-PP",
            "AG-DOSVY-PP",
            "AG-DOSVY-SR",
            "SOCIAL_WELFARE",
            null,
            Urgency.MEDIUM,
            "Family relocated",
            ConsentBasis.RECORDED_CONSENT,
            null,
            "{\"givenName\":\"Sokha\"}");
    return Referral.request(ReferralId.random(), request, WORKER, T0, deadlines, envelopes);
  }

  private Schema schema(ReferralEventType type) throws IOException {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = new ClassPathResource(EVENTS + type.wireName() + ".schema.json").getInputStream()) {
      return registry.getSchema(in);
    }
  }

  private JsonNode example(ReferralEventType type) throws IOException {
    try (InputStream in = new ClassPathResource(EVENTS + type.wireName() + ".example.json").getInputStream()) {
      return json.readTree(in);
    }
  }

  private static Set<String> fieldPaths(JsonNode node) {
    Set<String> paths = new TreeSet<>();
    collect("", node, paths);
    return paths;
  }

  private static void collect(String prefix, JsonNode node, Set<String> paths) {
    if (!node.isObject()) {
      return;
    }
    for (String name : node.propertyNames()) {
      String path = prefix + "/" + name;
      paths.add(path);
      collect(path, node.get(name), paths);
    }
  }

}

package org.childprotect.referrals.cases.inbound;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case events as case-service publishes them. The base is the producer's own example (a contract test): these
 * tests break when the producer's contract moves in a way this consumer cannot follow.
 */
final class CaseEventFixtures {

  /** Relative to the module directory, where Maven runs the tests. */
  static final Path PRODUCER_EXAMPLE =
      Path.of("..", "case-service", "src", "main", "resources", "events", "case.v1", "CaseRegistered.example.json");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CaseEventFixtures() {}

  /** The CaseRegistered example exactly as published. */
  static ObjectNode caseRegisteredExample() {
    if (!Files.isRegularFile(PRODUCER_EXAMPLE)) {
      throw new IllegalStateException("case-service's example is missing: " + PRODUCER_EXAMPLE.toAbsolutePath());
    }
    return (ObjectNode) JSON.readTree(PRODUCER_EXAMPLE.toFile());
  }

  /** The example re-addressed to a fresh case so tests sharing a topic and a database stay apart. */
  static ObjectNode caseRegistered(UUID caseId, long version) {
    ObjectNode event = caseRegisteredExample();
    event.put("eventId", UUID.randomUUID().toString());
    event.put("aggregateId", caseId.toString());
    event.put("aggregateVersion", version);
    ((ObjectNode) event.get("data")).put("caseId", caseId.toString());
    return event;
  }

  static ObjectNode caseRegistered(UUID caseId, long version, String riskLevel) {
    ObjectNode event = caseRegistered(caseId, version);
    ((ObjectNode) event.get("data")).put("riskLevel", riskLevel);
    return event;
  }

  /** A well-formed event of a type the referral service does not follow. */
  static ObjectNode eventOfType(String type, UUID caseId, long version) {
    ObjectNode event = caseRegistered(caseId, version);
    event.put("type", type);
    return event;
  }

  static String json(JsonNode event) {
    return JSON.writeValueAsString(event);
  }
}

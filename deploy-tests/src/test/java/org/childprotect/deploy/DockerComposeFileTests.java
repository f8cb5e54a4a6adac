package org.childprotect.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Validates docker-compose.yml without a Docker engine: docker-compose 1.29 parses and resolves it offline, and
 * the parsed file wires the stack as docs/platform-contracts.md says.
 */
class DockerComposeFileTests {

  private static final Path COMPOSE_FILE = Path.of("../docker-compose.yml");
  private static final Path DOCKER_COMPOSE = Path.of("/usr/bin/docker-compose");
  private static final Map<String, String> DATABASES =
      Map.of("case-service", "cases", "referral-service", "referrals", "reporting-service", "reporting");
  private static final List<String> SPRING_SERVICES =
      List.of("gateway", "case-service", "referral-service", "reporting-service");

  @Test
  void dockerComposeAcceptsTheFile() throws Exception {
    if (!Files.isExecutable(DOCKER_COMPOSE)) {
      fail(
          DOCKER_COMPOSE
              + " is missing: install docker-compose 1.29 (apt-get install -y docker-compose) to validate"
              + " docker-compose.yml; CI installs it in .ci/run");
    }
    Process process =
        new ProcessBuilder(DOCKER_COMPOSE.toString(), "-f", COMPOSE_FILE.toString(), "config", "-q")
            .redirectErrorStream(true)
            .start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      process.destroyForcibly();
      fail("docker-compose config did not finish in 2 minutes: " + output);
    }

    assertThat(process.exitValue()).as("docker-compose config -q said:%n%s", output).isZero();
  }

  @Test
  void theWholeStackIsInTheFile() throws IOException {
    assertThat(services())
        .containsKeys(
            "mongo",
            "kafka",
            "keycloak",
            "case-service",
            "referral-service",
            "reporting-service",
            "gateway",
            "prometheus",
            "grafana");
  }

  @Test
  void mongodbIsASingleNodeReplicaSetAndEachServiceUsesItsOwnDatabase() throws IOException {
    Map<String, Object> mongo = service("mongo");
    assertThat(mongo.get("command").toString()).contains("--replSet", "rs0", "--bind_ip_all");
    assertThat(String.join(" ", strings(map(mongo.get("healthcheck")).get("test")))).contains("rs.initiate");

    DATABASES.forEach(
        (name, database) ->
            assertThat(environment(name))
                .containsEntry("MONGODB_URI", "mongodb://mongo:27017/" + database + "?replicaSet=rs0"));
  }

  @Test
  void tokensCarryTheBrowsersIssuerWhileKeysAreFetchedInsideTheNetwork() throws IOException {
    Map<String, Object> keycloak = service("keycloak");
    assertThat(strings(keycloak.get("command"))).contains("start-dev", "--import-realm");
    assertThat(environment("keycloak")).containsEntry("KC_HOSTNAME", "http://localhost:8180");
    assertThat(strings(keycloak.get("volumes")))
        .anyMatch(volume -> volume.startsWith("./stack/keycloak/realm-dev:/opt/keycloak/data/import"));
    assertThat(strings(keycloak.get("ports"))).contains("8180:8080");

    for (String name : SPRING_SERVICES) {
      assertThat(environment(name))
          .as(name)
          .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
          .containsEntry("KEYCLOAK_ISSUER_URI", "http://localhost:8180/realms/childprotect")
          .containsEntry(
              "KEYCLOAK_JWK_SET_URI", "http://keycloak:8080/realms/childprotect/protocol/openid-connect/certs");
    }
  }

  @Test
  void servicesStartOnlyAfterWhatTheyNeedIsHealthy() throws IOException {
    for (String name : SPRING_SERVICES) {
      Map<String, Object> service = service(name);
      assertThat(String.join(" ", strings(map(service.get("healthcheck")).get("test"))))
          .as("%s healthcheck", name)
          .contains("/actuator/health/readiness");
      Map<String, Object> dependsOn = map(service.get("depends_on"));
      dependsOn.values()
          .forEach(condition -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
    }
    DATABASES.keySet()
        .forEach(name -> assertThat(map(service(name).get("depends_on"))).containsKeys("mongo", "kafka"));
    assertThat(map(service("gateway").get("depends_on")))
        .containsKeys("keycloak", "case-service", "referral-service", "reporting-service");
    assertThat(strings(service("gateway").get("ports"))).contains("8080:8080");
  }

  @Test
  void kafkaIsASingleKraftNodeWithSingleReplicaInternalTopics() throws IOException {
    Map<String, String> kafka = environment("kafka");
    assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
    assertThat(kafka)
        .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
        .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
        .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1");
    assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).contains("PLAINTEXT://kafka:9092");
  }

  @Test
  void prometheusScrapesEveryServiceAndGrafanaHasItAsADatasource() throws IOException {
    String prometheus = Files.readString(Path.of("../deploy/prometheus/prometheus.yml"));
    assertThat(prometheus)
        .contains("/actuator/prometheus")
        .contains("gateway:8080", "case-service:8081", "referral-service:8082", "reporting-service:8083");

    Map<String, Object> datasources =
        map(load(Path.of("../deploy/grafana/provisioning/datasources/prometheus.yml")));
    Map<String, Object> datasource = map(((List<?>) datasources.get("datasources")).get(0));
    assertThat(datasource).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");
  }

  private static Map<String, Object> services() throws IOException {
    return map(map(load(COMPOSE_FILE)).get("services"));
  }

  private static Map<String, Object> service(String name) {
    try {
      Map<String, Object> service = map(services().get(name));
      assertThat(service).as("service %s in docker-compose.yml", name).isNotNull();
      return service;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The environment as compose passes it: YAML merge keys resolved, every value a string. */
  private static Map<String, String> environment(String name) {
    Map<String, Object> environment = map(service(name).get("environment"));
    assertThat(environment).as("environment of %s", name).isNotNull();
    Map<String, String> values = new java.util.TreeMap<>();
    environment.forEach((key, value) -> values.put(key, String.valueOf(value)));
    return values;
  }

  private static Object load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  private static List<String> strings(Object value) {
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }
}

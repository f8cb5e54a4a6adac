package org.childprotect.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Lints and renders the Helm chart offline (Helm runs in-process through helm-java's native library). */
class HelmChartTests {

  private static final Path CHART = Path.of("../helm/childprotect");
  private static final List<String> SERVICES =
      List.of("gateway", "case-service", "referral-service", "reporting-service");
  // The chart requires >= 1.25 (policy/v1, autoscaling/v2); helm template would otherwise assume 1.20.
  private static final String KUBE_VERSION = "1.31.0";

  @Test
  void chartPassesHelmLint() {
    assertThat(CHART.resolve("Chart.yaml")).exists();

    LintResult lint = new Helm(CHART).lint().strict().call();

    assertThat(lint.getMessages()).noneMatch(message -> message.contains("[ERROR]"));
    assertThat(lint.isFailed()).as("helm lint --strict: %s", lint.getMessages()).isFalse();
  }

  @Test
  void everyServiceRunsAsADeploymentWithProbesAndALockedDownContainer() {
    Rendered chart = render(command -> command);

    for (String service : SERVICES) {
      Map<String, Object> deployment = chart.one("Deployment", "childprotect-" + service);
      Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
      Map<String, Object> container = only(path(pod, "containers"));

      assertThat(container.get("image")).asString().startsWith("childprotect/" + service + ":");
      assertThat(path(container, "readinessProbe", "httpGet", "path"))
          .isEqualTo("/actuator/health/readiness");
      assertThat(path(container, "livenessProbe", "httpGet", "path"))
          .isEqualTo("/actuator/health/liveness");

      assertThat(path(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
      assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
      assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
      // A read-only root needs somewhere writable for the JVM and the web server.
      assertThat(list(container.get("volumeMounts")))
          .anySatisfy(mount -> assertThat(map(mount).get("mountPath")).isEqualTo("/tmp"));

      assertThat(chart.one("Service", "childprotect-" + service)).isNotNull();
      assertThat(chart.one("PodDisruptionBudget", "childprotect-" + service)).isNotNull();
    }
  }

  @Test
  void externalKafkaAndKeycloakReachEveryServiceEnvironment() {
    Rendered chart =
        render(
            command ->
                command
                    .set("kafka.bootstrapServers", "kafka-0.kafka.data:9092")
                    .set("keycloak.issuerUri", "https://login.mosvy.gov.kh/realms/childprotect")
                    .set("keycloak.jwkSetUri", "http://keycloak.auth:8080/realms/childprotect/certs"));

    for (String service : SERVICES) {
      Map<String, String> env = chart.environmentOf("childprotect-" + service);
      assertThat(env)
          .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-0.kafka.data:9092")
          .containsEntry("KEYCLOAK_ISSUER_URI", "https://login.mosvy.gov.kh/realms/childprotect")
          .containsEntry("KEYCLOAK_JWK_SET_URI", "http://keycloak.auth:8080/realms/childprotect/certs");
    }
  }

  @Test
  void jwkSetUriDefaultsToTheIssuersCertsEndpoint() {
    Rendered chart = render(command -> command.set("keycloak.issuerUri", "https://auth.example.net/realms/cp"));

    assertThat(chart.environmentOf("childprotect-case-service"))
        .containsEntry("KEYCLOAK_JWK_SET_URI", "https://auth.example.net/realms/cp/protocol/openid-connect/certs");
  }

  @Test
  void gatewayRoutesToTheReleasesServices() {
    Map<String, String> env = render(command -> command).environmentOf("childprotect-gateway");

    assertThat(env)
        .containsEntry("CASE_SERVICE_URI", "http://childprotect-case-service:8081")
        .containsEntry("REFERRAL_SERVICE_URI", "http://childprotect-referral-service:8082")
        .containsEntry("REPORTING_SERVICE_URI", "http://childprotect-reporting-service:8083");
  }

  @Test
  void mongodbUriIsASecretAndMayComeFromAnExistingOne() {
    Rendered chart =
        render(
            command ->
                command
                    .set("services.case-service.mongodb.uri", "mongodb://cases:pw@mongo-0:27017/cases")
                    .set("services.reporting-service.mongodb.existingSecret", "reporting-mongo")
                    .set("services.reporting-service.mongodb.existingSecretKey", "uri"));

    Map<String, Object> caseUri = chart.secretReference("childprotect-case-service", "MONGODB_URI");
    assertThat(caseUri).containsEntry("name", "childprotect-case-service");
    Map<String, Object> caseSecret = chart.one("Secret", "childprotect-case-service");
    assertThat(decode(path(caseSecret, "data", caseUri.get("key").toString())))
        .isEqualTo("mongodb://cases:pw@mongo-0:27017/cases");
    // Never in a ConfigMap, where anyone with read access to config would see the credentials.
    assertThat(chart.environmentOf("childprotect-case-service")).doesNotContainKey("MONGODB_URI");

    assertThat(chart.secretReference("childprotect-reporting-service", "MONGODB_URI"))
        .containsEntry("name", "reporting-mongo")
        .containsEntry("key", "uri");
    assertThat(chart.find("Secret", "childprotect-reporting-service")).isNull();
  }

  @Test
  void gatewayClientSecretComesFromAValueOrAnExistingSecret() {
    Rendered fromValue = render(command -> command.set("gateway.clientSecret.value", "s3cret-from-values"));
    Map<String, Object> reference = fromValue.secretReference("childprotect-gateway", "GATEWAY_CLIENT_SECRET");
    Map<String, Object> secret = fromValue.one("Secret", reference.get("name").toString());
    assertThat(decode(path(secret, "data", reference.get("key").toString()))).isEqualTo("s3cret-from-values");

    Rendered fromExisting =
        render(command -> command.set("gateway.clientSecret.existingSecret", "keycloak-gateway-client"));
    assertThat(fromExisting.secretReference("childprotect-gateway", "GATEWAY_CLIENT_SECRET"))
        .containsEntry("name", "keycloak-gateway-client")
        .containsEntry("key", "client-secret");

    // Neither given: the chart invents no credential; the pod waits for a Secret the operator creates.
    Rendered neither = render(command -> command);
    assertThat(neither.secretReference("childprotect-gateway", "GATEWAY_CLIENT_SECRET"))
        .containsEntry("name", "childprotect-gateway-client")
        .containsEntry("key", "client-secret");
    assertThat(neither.find("Secret", "childprotect-gateway-client")).isNull();
    assertThat(neither.find("Secret", "childprotect-gateway")).isNull();
  }

  @Test
  void optionalObjectsAreOffByDefaultAndRenderWhenEnabled() {
    Rendered defaults = render(command -> command);
    assertThat(defaults.kinds()).doesNotContain("Ingress", "HorizontalPodAutoscaler", "ServiceMonitor");
    assertThat(path(defaults.one("Deployment", "childprotect-case-service"), "spec", "replicas")).isEqualTo(2);

    Rendered enabled =
        render(
            command ->
                command
                    .set("ingress.enabled", "true")
                    .set("ingress.host", "cases.mosvy.gov.kh")
                    .set("services.case-service.autoscaling.enabled", "true")
                    .set("serviceMonitor.enabled", "true"));

    Map<String, Object> ingress = enabled.one("Ingress", "childprotect-gateway");
    Map<String, Object> rule = only(path(ingress, "spec", "rules"));
    assertThat(rule.get("host")).isEqualTo("cases.mosvy.gov.kh");
    Map<String, Object> httpPath = only(path(rule, "http", "paths"));
    assertThat(path(httpPath, "backend", "service", "name")).isEqualTo("childprotect-gateway");

    Map<String, Object> hpa = enabled.one("HorizontalPodAutoscaler", "childprotect-case-service");
    assertThat(path(hpa, "spec", "scaleTargetRef", "name")).isEqualTo("childprotect-case-service");
    // The autoscaler owns the replica count; a fixed one would fight it on every upgrade.
    assertThat(map(path(enabled.one("Deployment", "childprotect-case-service"), "spec"))).doesNotContainKey("replicas");

    Map<String, Object> monitor = enabled.one("ServiceMonitor", "childprotect");
    Map<String, Object> endpoint = only(path(monitor, "spec", "endpoints"));
    assertThat(endpoint.get("path")).isEqualTo("/actuator/prometheus");
  }

  @Test
  void chartReadmeSaysTheBackingServicesAreExternal() throws Exception {
    String readme = Files.readString(CHART.resolve("README.md"));
    assertThat(readme).contains("MongoDB", "Kafka", "Keycloak").containsIgnoringCase("not install");
  }

  private static Rendered render(UnaryOperator<TemplateCommand> values) {
    String manifests = values.apply(new Helm(CHART).template().withName("childprotect").withKubeVersion(KUBE_VERSION)).call();
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml().loadAll(manifests)) {
      if (document != null) {
        documents.add(map(document));
      }
    }
    return new Rendered(documents);
  }

  private static String decode(Object base64) {
    return new String(Base64.getDecoder().decode(base64.toString()), StandardCharsets.UTF_8);
  }

  private static Object path(Map<String, Object> root, String... keys) {
    Object current = root;
    for (String key : keys) {
      assertThat(current).as("parent of %s", key).isInstanceOf(Map.class);
      current = map(current).get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  private static Map<String, Object> only(Object value) {
    assertThat(list(value)).hasSize(1);
    return map(list(value).get(0));
  }

  /** The rendered manifests, looked up the way kubectl would: by kind and name. */
  private record Rendered(List<Map<String, Object>> documents) {

    List<String> kinds() {
      return documents.stream().map(document -> document.get("kind").toString()).toList();
    }

    Map<String, Object> find(String kind, String name) {
      return documents.stream()
          .filter(document -> kind.equals(document.get("kind")))
          .filter(document -> name.equals(path(document, "metadata", "name")))
          .findFirst()
          .orElse(null);
    }

    Map<String, Object> one(String kind, String name) {
      Map<String, Object> found = find(kind, name);
      assertThat(found).as("%s %s in the rendered chart", kind, name).isNotNull();
      return found;
    }

    private Map<String, Object> container(String deploymentName) {
      return only(path(one("Deployment", deploymentName), "spec", "template", "spec", "containers"));
    }

    /** Plain environment a container gets: its ConfigMaps (envFrom) overlaid by literal env values. */
    Map<String, String> environmentOf(String deploymentName) {
      Map<String, Object> container = container(deploymentName);
      Map<String, String> env = new LinkedHashMap<>();
      for (Object source : list(Objects.requireNonNullElse(container.get("envFrom"), List.of()))) {
        String configMap = path(map(source), "configMapRef", "name").toString();
        Map<String, Object> data = map(path(one("ConfigMap", configMap), "data"));
        data.forEach((key, value) -> env.put(key, String.valueOf(value)));
      }
      for (Object variable : list(Objects.requireNonNullElse(container.get("env"), List.of()))) {
        Map<String, Object> entry = map(variable);
        if (entry.containsKey("value")) {
          env.put(entry.get("name").toString(), String.valueOf(entry.get("value")));
        }
      }
      return env;
    }

    Map<String, Object> secretReference(String deploymentName, String variable) {
      for (Object candidate : list(container(deploymentName).get("env"))) {
        Map<String, Object> entry = map(candidate);
        if (variable.equals(entry.get("name"))) {
          return map(path(entry, "valueFrom", "secretKeyRef"));
        }
      }
      throw new AssertionError(variable + " is not set from a Secret in " + deploymentName);
    }
  }
}

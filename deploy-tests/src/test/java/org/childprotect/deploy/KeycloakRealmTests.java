package org.childprotect.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The realms Keycloak imports, checked against docs/platform-contracts.md ("Keycloak realm childprotect"). */
class KeycloakRealmTests {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Path DEV = Path.of("../stack/keycloak/realm-dev/childprotect-realm.json");
  private static final Path PROD = Path.of("../stack/keycloak/realm-prod/childprotect-realm.json");
  private static final Set<String> ROLES =
      Set.of("social-worker", "supervisor", "referral-officer", "ministry-analyst", "district-importer", "admin");

  /** username, role, district (null for national users), agency. */
  private static final List<List<String>> DEMO_USERS =
      List.of(
          demoUser("worker.pp", "social-worker", "KH-PP", "AG-DOSVY-PP"),
          demoUser("worker.sr", "social-worker", "KH-SR", "AG-DOSVY-SR"),
          demoUser("supervisor.pp", "supervisor", "KH-PP", "AG-DOSVY-PP"),
          demoUser("supervisor.sr", "supervisor", "KH-SR", "AG-DOSVY-SR"),
          demoUser("officer.helpline", "referral-officer", "KH-PP", "AG-HELPLINE"),
          demoUser("officer.health", "referral-officer", "KH-SR", "AG-HEALTH-SR"),
          demoUser("analyst", "ministry-analyst", null, "AG-MOSVY"),
          demoUser("importer.pp", "district-importer", "KH-PP", "AG-DOSVY-PP"),
          demoUser("admin", "admin", null, "AG-MOSVY"));

  @Test
  void bothRealmsDeclareTheSixRoles() {
    for (Path realm : List.of(DEV, PROD)) {
      JsonNode root = read(realm);
      assertThat(root.path("realm").asString()).isEqualTo("childprotect");
      assertThat(names(root.path("roles").path("realm"), "name")).as("%s", realm).containsAll(ROLES);
    }
  }

  @Test
  void prodRealmAllowsNoPasswordGrantAndHasNoTestClient() {
    JsonNode prod = read(PROD);

    assertThat(names(prod.path("clients"), "clientId")).doesNotContain("childprotect-tests");
    for (JsonNode client : prod.path("clients")) {
      assertThat(client.path("directAccessGrantsEnabled").asBoolean(false))
          .as("directAccessGrantsEnabled of %s", client.path("clientId").asString())
          .isFalse();
    }
  }

  @Test
  void devRealmHasTheDemoUserOfEveryRoleWithTheirScope() {
    JsonNode dev = read(DEV);
    Map<String, JsonNode> users = byName(dev.path("users"), "username");

    for (List<String> expected : DEMO_USERS) {
      JsonNode user = users.get(expected.get(0));
      assertThat(user).as("demo user %s", expected.get(0)).isNotNull();
      assertThat(user.path("enabled").asBoolean(true)).isTrue();
      assertThat(strings(user.path("realmRoles"))).as(expected.get(0)).contains(expected.get(1));
      if (expected.get(2) == null) {
        assertThat(strings(user.path("attributes").path("district"))).as("district of a national user").isEmpty();
      } else {
        assertThat(strings(user.path("attributes").path("district"))).containsExactly(expected.get(2));
      }
      assertThat(strings(user.path("attributes").path("agency"))).containsExactly(expected.get(3));
    }

    List<String> rolesOfDemoUsers = new ArrayList<>();
    DEMO_USERS.forEach(user -> rolesOfDemoUsers.add(user.get(1)));
    assertThat(rolesOfDemoUsers).containsAll(ROLES);
    assertThat(names(dev.path("clients"), "clientId")).contains("childprotect-tests");
  }

  @Test
  void bothRealmsDeclareDistrictAndAgencyInTheUserProfile() {
    for (Path realm : List.of(DEV, PROD)) {
      JsonNode providers =
          read(realm).path("components").path("org.keycloak.userprofile.UserProfileProvider");
      assertThat(providers.isArray() && !providers.isEmpty())
          .as("%s declares a user profile", realm)
          .isTrue();
      // Keycloak exports the declarative profile as a JSON document inside a string.
      String config = providers.get(0).path("config").path("kc.user.profile.config").get(0).asString();
      assertThat(names(JSON.readTree(config).path("attributes"), "name"))
          .as("%s user profile attributes", realm)
          .contains("district", "agency");
    }
  }

  @Test
  void gatewayClientIsConfidentialAndRequiresPkceS256() {
    for (Path realm : List.of(DEV, PROD)) {
      JsonNode gateway = byName(read(realm).path("clients"), "clientId").get("gateway");
      assertThat(gateway).as("%s has the gateway client", realm).isNotNull();
      assertThat(gateway.path("publicClient").asBoolean(false)).isFalse();
      assertThat(gateway.path("standardFlowEnabled").asBoolean(true)).isTrue();
      assertThat(gateway.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
    }
    JsonNode devGateway = byName(read(DEV).path("clients"), "clientId").get("gateway");
    assertThat(strings(devGateway.path("redirectUris")))
        .contains("http://localhost:8080/login/oauth2/code/keycloak");
  }

  @Test
  void ministrySystemUsesClientCredentialsOnly() {
    for (Path realm : List.of(DEV, PROD)) {
      JsonNode ministry = byName(read(realm).path("clients"), "clientId").get("ministry-system");
      assertThat(ministry).as("%s has the ministry-system client", realm).isNotNull();
      assertThat(ministry.path("serviceAccountsEnabled").asBoolean(false)).isTrue();
      assertThat(ministry.path("standardFlowEnabled").asBoolean(true)).isFalse();
      assertThat(ministry.path("directAccessGrantsEnabled").asBoolean(false)).isFalse();
    }
  }

  private static List<String> demoUser(String username, String role, String district, String agency) {
    List<String> user = new ArrayList<>();
    user.add(username);
    user.add(role);
    user.add(district);
    user.add(agency);
    return user;
  }

  private static JsonNode read(Path realm) {
    assertThat(realm).as("realm file").exists();
    return JSON.readTree(realm.toFile());
  }

  private static List<String> names(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asString()).toList();
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
  }

  private static Map<String, JsonNode> byName(JsonNode array, String field) {
    Map<String, JsonNode> byName = new java.util.HashMap<>();
    array.forEach(node -> byName.put(node.path(field).asString(), node));
    return byName;
  }
}

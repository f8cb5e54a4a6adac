package org.childprotect.referrals.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.childprotect.referrals.ReferralServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AgencyDirectoryIntegrationTests extends ReferralServiceIntegrationTest {

  private static final List<String> ALL_CODES =
      List.of(
          "AG-DOSVY-PP", "AG-DOSVY-SR", "AG-HEALTH-SR", "AG-HELPLINE", "AG-MOSVY", "AG-POLICE-PP", "AG-SHELTER-NGO");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired MongoOperations mongo;
  @Autowired AgencyDirectorySeeder seeder;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "social-worker", "supervisor", "referral-officer", "ministry-analyst", "district-importer", "admin"
      })
  void everyRoleSeesTheSeededDirectoryInCodeOrder(String role) throws Exception {
    mvc.perform(get("/api/agencies").with(as(role)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].code").value(contains(ALL_CODES.toArray())))
        .andExpect(jsonPath("$.totalElements").value(ALL_CODES.size()))
        .andExpect(jsonPath("$.totalPages").value(1))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20));
  }

  @Test
  void anAgencyShowsWhatItOffersWhereButNotItsFocalPoints() throws Exception {
    mvc.perform(get("/api/agencies/AG-HEALTH-SR").with(as("social-worker")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("AG-HEALTH-SR"))
        .andExpect(jsonPath("$.name").value("Siem Reap Provincial Referral Hospital"))
        .andExpect(jsonPath("$.type").value("HEALTH"))
        .andExpect(jsonPath("$.districts").value(contains("KH-SR")))
        .andExpect(jsonPath("$.services").value(hasItem("MEDICAL_CARE")))
        .andExpect(jsonPath("$.focalPointUsernames").doesNotExist());
  }

  @Test
  void anonymousCallersAreRefusedWithAProblem() throws Exception {
    for (String path : List.of("/api/agencies", "/api/agencies/AG-HELPLINE")) {
      mvc.perform(get(path))
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
  }

  @Test
  void filtersByDistrictServiceTypeOrBoth() throws Exception {
    mvc.perform(get("/api/agencies").param("district", "KH-SR").with(as("social-worker")))
        .andExpect(
            jsonPath("$.content[*].code")
                .value(contains("AG-DOSVY-SR", "AG-HEALTH-SR", "AG-HELPLINE", "AG-MOSVY", "AG-SHELTER-NGO")))
        .andExpect(jsonPath("$.totalElements").value(5));

    mvc.perform(get("/api/agencies").param("serviceType", "MEDICAL_CARE").with(as("supervisor")))
        .andExpect(jsonPath("$.content[*].code").value(contains("AG-HEALTH-SR")))
        .andExpect(jsonPath("$.totalElements").value(1));

    mvc.perform(
            get("/api/agencies")
                .param("district", "KH-PP")
                .param("serviceType", "PSYCHOSOCIAL_SUPPORT")
                .with(as("referral-officer")))
        .andExpect(jsonPath("$.content[*].code").value(contains("AG-DOSVY-PP", "AG-HELPLINE", "AG-SHELTER-NGO")))
        .andExpect(jsonPath("$.totalElements").value(3));

    mvc.perform(get("/api/agencies").param("district", "KH-XX").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content").isEmpty())
        .andExpect(jsonPath("$.totalElements").value(0));
  }

  @Test
  void pagesWalkTheWholeDirectoryOnceWithTotals() throws Exception {
    List<String> walked = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      JsonNode body =
          json.readTree(
              mvc.perform(get("/api/agencies").param("page", "" + page).param("size", "3").with(as("admin")))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.totalElements").value(7))
                  .andExpect(jsonPath("$.totalPages").value(3))
                  .andExpect(jsonPath("$.page").value(page))
                  .andExpect(jsonPath("$.size").value(3))
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      body.get("content").forEach(agency -> walked.add(agency.get("code").asString()));
    }

    assertThat(walked).containsExactlyElementsOf(ALL_CODES);
  }

  @Test
  void refusesPagesLargerThanTheMaximumOrNegative() throws Exception {
    for (Map.Entry<String, String> bad : Map.of("size", "101", "page", "-1").entrySet()) {
      mvc.perform(get("/api/agencies").param(bad.getKey(), bad.getValue()).with(as("admin")))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(get("/api/agencies").param("size", "100").with(as("admin"))).andExpect(status().isOk());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AG-NOWHERE", "not-a-code"})
  void anUnknownAgencyIsNotFoundAsAProblem(String code) throws Exception {
    mvc.perform(get("/api/agencies/{code}", code).with(as("social-worker")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value(not(org.hamcrest.Matchers.containsString(code))));
  }

  @Test
  void referenceDataIsReloadedOnlyForANewerVersion() throws Exception {
    Agency original = mongo.findById("AG-MOSVY", Agency.class);
    assertThat(original).isNotNull();
    Agency edited =
        new Agency(
            original.code(),
            "Edited by an administrator",
            original.type(),
            original.districts(),
            original.serviceTypes(),
            original.focalPointUsernames(),
            original.version() + 1);
    try {
      mongo.save(edited);

      seeder.run(new DefaultApplicationArguments());
      assertThat(mongo.findById("AG-MOSVY", Agency.class)).isEqualTo(edited);

      mongo.save(new ReferenceDataVersion(AgencySeed.DATASET, 0, java.time.Instant.now()));
      seeder.run(new DefaultApplicationArguments());
      Agency reloaded = mongo.findById("AG-MOSVY", Agency.class);
      assertThat(reloaded).usingRecursiveComparison().ignoringFields("version").isEqualTo(original);
      assertThat(reloaded.version())
          .as("a reload is a new version, so an edit based on the old one is refused")
          .isEqualTo(edited.version() + 1);
      assertThat(mongo.findById(AgencySeed.DATASET, ReferenceDataVersion.class).version()).isEqualTo(1);
    } finally {
      mongo.save(original);
    }
  }

  private static JwtRequestPostProcessor as(String role) {
    return jwt()
        .jwt(token -> token.claim("preferred_username", "demo." + role).claim("realm_access", Map.of("roles", List.of(role))))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}

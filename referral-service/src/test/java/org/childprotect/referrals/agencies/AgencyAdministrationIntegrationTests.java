package org.childprotect.referrals.agencies;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.childprotect.referrals.ReferralServiceIntegrationTest;
import org.childprotect.referrals.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Administrators add and edit agencies (with their focal points); nobody else may. */
class AgencyAdministrationIntegrationTests extends ReferralServiceIntegrationTest {

  private static final String CODE = "AG-TEST-CLINIC";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired MongoOperations mongo;

  /** Other test classes count the seeded directory: leave it as seeded. */
  @AfterEach
  void removeTestAgencies() {
    mongo.remove(Query.query(Criteria.where("_id").regex("^AG-TEST-")), Agency.class);
  }

  @Test
  void anAdministratorAddsAnAgencyThatWorkersThenFindByDistrictAndService() throws Exception {
    putAgency(Tokens.admin(), null, clinic("Siem Reap Youth Clinic", List.of("officer.clinic")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/agencies/" + CODE))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.focalPoints").value(contains("officer.clinic")));

    mvc.perform(get("/api/agencies").param("district", "KH-SR").param("serviceType", "SEXUAL_HEALTH")
            .with(Tokens.workerSr()))
        .andExpect(jsonPath("$.content[*].code").value(contains(CODE)))
        .andExpect(jsonPath("$.content[0].focalPoints").doesNotExist());
    mvc.perform(get("/api/agencies/{code}", CODE).with(Tokens.admin()))
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.focalPoints").value(contains("officer.clinic")));
  }

  @Test
  void anEditNeedsTheCurrentVersion() throws Exception {
    putAgency(Tokens.admin(), null, clinic("Clinic", List.of())).andExpect(status().isCreated());

    putAgency(Tokens.admin(), null, clinic("Clinic renamed", List.of()))
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    putAgency(Tokens.admin(), "\"0\"", clinic("Clinic renamed", List.of("officer.clinic")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.name").value("Clinic renamed"));
    putAgency(Tokens.admin(), "\"0\"", clinic("Lost update", List.of())).andExpect(status().isConflict());

    mvc.perform(get("/api/agencies/{code}", CODE).with(Tokens.workerSr()))
        .andExpect(jsonPath("$.name").value("Clinic renamed"))
        .andExpect(jsonPath("$.focalPoints").doesNotExist());
  }

  @Test
  void onlyAdministratorsManageTheDirectory() throws Exception {
    for (JwtRequestPostProcessor other :
        List.of(Tokens.workerSr(), Tokens.supervisorSr(), Tokens.officerHealth(), Tokens.analyst())) {
      putAgency(other, null, clinic("Clinic", List.of())).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/agencies/{code}", CODE).with(Tokens.admin())).andExpect(status().isNotFound());
  }

  @Test
  void anInvalidAgencyIsRefusedFieldByField() throws Exception {
    putAgency(Tokens.admin(), null, Map.of("name", "", "type", "NGO", "districts", List.of("somewhere"),
            "services", List.of()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("name", "services")));
    mvc.perform(put("/api/agencies/{code}", "not-a-code").with(Tokens.admin()).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(clinic("Clinic", List.of()))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  private static Map<String, Object> clinic(String name, List<String> focalPoints) {
    return Map.of(
        "name", name,
        "type", "HEALTH",
        "districts", List.of("KH-SR"),
        "services", List.of("SEXUAL_HEALTH", "MENTAL_HEALTH"),
        "focalPoints", focalPoints);
  }

  private ResultActions putAgency(JwtRequestPostProcessor who, String ifMatch, Map<String, ?> body)
      throws Exception {
    var request =
        put("/api/agencies/{code}", CODE).with(who).contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body));
    if (ifMatch != null) {
      request = request.header("If-Match", ifMatch);
    }
    return mvc.perform(request);
  }
}

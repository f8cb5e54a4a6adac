package org.childprotect.referrals;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the platform (probes, Prometheus, the gateway's API docs) reads from the service without a token. */
class OperationsIntegrationTests extends ReferralServiceIntegrationTest {

  @Autowired MockMvc mvc;

  @Test
  void readinessIsUpWhenMongoAnswersPing() throws Exception {
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components.mongoPing.status").value("UP"))
        .andExpect(jsonPath("$.components.mongoPing.details").doesNotExist());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void prometheusScrapesTheServiceWithoutAToken() throws Exception {
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("application=\"referral-service\"")));
  }

  @Test
  void theOpenApiDocumentDescribesTheDirectoryAndReferrals() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/agencies'].get").exists())
        .andExpect(jsonPath("$.paths['/api/agencies/{code}'].get").exists())
        .andExpect(jsonPath("$.paths['/api/agencies/{code}'].put").exists())
        .andExpect(jsonPath("$.paths['/api/referrals'].post").exists())
        .andExpect(jsonPath("$.paths['/api/referrals/inbox'].get").exists())
        .andExpect(jsonPath("$.paths['/api/referrals/{id}/accept'].post").exists());
  }
}

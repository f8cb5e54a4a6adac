package org.childprotect.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.referrals.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Handing a case over to another agency: requested, then accepted (ownership moves) or declined. */
class TransferIntegrationTests extends ReferralApiTest {

  @Test
  void anAcceptedTransferAnnouncesTheNewOwnerAgencyForCaseServiceToApply() throws Exception {
    UUID caseId = sharePhnomPenhCase("MEDIUM");
    Created transfer =
        created(caseId, requestTransfer(Tokens.workerPp(), caseId, "AG-DOSVY-SR").andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("TRANSFER"))
            .andExpect(jsonPath("$.serviceType").doesNotExist())
            .andExpect(jsonPath("$.fromAgency").value("AG-DOSVY-PP"))
            .andReturn());
    assertThat(CASE_SERVICE.callsFor(caseId))
        .singleElement()
        .satisfies(call -> assertThat(call.serviceType()).isEqualTo("CASE_MANAGEMENT"));

    mvc.perform(get("/api/referrals/inbox").with(Tokens.supervisorSr()))
        .andExpect(jsonPath("$.content[0].id").value(transfer.id()))
        .andExpect(jsonPath("$.totalElements").value(1));
    read(Tokens.workerSr(), transfer.id()).andExpect(status().isNotFound());
    read(Tokens.officerHealth(), transfer.id()).andExpect(status().isNotFound());

    command(Tokens.supervisorSr(), transfer.id(), "accept", transfer.etag(), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.acceptedBy").value("supervisor.sr"))
        .andExpect(jsonPath("$.allowedActions").value(org.hamcrest.Matchers.contains("VIEW_SNAPSHOT")));

    List<ConsumerRecord<String, String>> events = eventsOf(caseId, 2);
    assertThat(typesOf(events)).containsExactly("TransferRequested", "TransferAccepted");
    JsonNode accepted = json.readTree(events.get(1).value());
    assertThat(events.get(1).key()).isEqualTo(caseId.toString());
    assertThat(accepted.at("/data/newOwnerAgency").asString()).isEqualTo("AG-DOSVY-SR");
    assertThat(accepted.at("/data/fromAgency").asString()).isEqualTo("AG-DOSVY-PP");

    // Nothing more can happen to a transfer that is done.
    command(Tokens.workerPp(), transfer.id(), "revoke", "\"1\"", Map.of()).andExpect(status().isConflict());
    command(Tokens.supervisorSr(), transfer.id(), "complete", "\"1\"", Map.of("outcome", "SERVICE_PROVIDED"))
        .andExpect(status().isConflict());
  }

  @Test
  void aDeclinedTransferLeavesTheCaseWhereItWas() throws Exception {
    UUID caseId = sharePhnomPenhCase("LOW");
    Created transfer = created(caseId, requestTransfer(Tokens.supervisorPp(), caseId, "AG-DOSVY-SR").andReturn());

    command(Tokens.supervisorSr(), transfer.id(), "decline", transfer.etag(), Map.of("reason", "OUTSIDE_COVERAGE"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECLINED"));

    snapshot(Tokens.supervisorSr(), transfer.id()).andExpect(status().isNotFound());
    List<ConsumerRecord<String, String>> events = eventsOf(caseId, 2);
    assertThat(typesOf(events)).containsExactly("TransferRequested", "TransferDeclined");
    assertThat(json.readTree(events.get(1).value()).at("/data/newOwnerAgency").isNull()).isTrue();
  }

  @Test
  void aTransferGoesToAnotherAgencyThatManagesCases() throws Exception {
    UUID caseId = sharePhnomPenhCase("LOW");

    requestTransfer(Tokens.workerPp(), caseId, "AG-DOSVY-PP")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("The agency already owns the case."));
    requestTransfer(Tokens.workerPp(), caseId, "AG-HEALTH-SR")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("toAgency"));
    assertThat(storedReferrals()).isZero();
  }

  @Test
  void focalPointsAnswerTransfersToo() throws Exception {
    UUID caseId = sharePhnomPenhCase("HIGH");
    Created transfer = created(caseId, requestTransfer(Tokens.workerPp(), caseId, "AG-MOSVY").andReturn());

    JwtRequestPostProcessor ministryFocalPoint = Tokens.user("officer.mosvy", "referral-officer", "AG-MOSVY");
    command(ministryFocalPoint, transfer.id(), "accept", transfer.etag(), null).andExpect(status().isOk());
  }

  private ResultActions requestTransfer(JwtRequestPostProcessor who, UUID caseId, String toAgency)
      throws Exception {
    return mvc.perform(
        post("/api/referrals/transfers")
            .with(who)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                json.writeValueAsString(
                    Map.of("caseId", caseId, "toAgency", toAgency, "reason", "Family relocated to Siem Reap"))));
  }
}

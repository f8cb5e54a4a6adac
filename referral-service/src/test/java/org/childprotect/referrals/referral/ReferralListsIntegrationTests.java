package org.childprotect.referrals.referral;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.childprotect.referrals.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Inbox (to my agency) and outbox (from my cases): scoped, filtered, overdue first, paged. */
class ReferralListsIntegrationTests extends ReferralApiTest {

  @Autowired Referrals referrals;

  private String overdueHigh;
  private String dueInThreeDays;
  private String dueInAWeek;
  private String completed;
  private String toTheHelpline;

  @BeforeEach
  void fourReferralsToTheHospitalAndOneToTheHelpline() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    // Stored without the deadline job having run: overdue must show from the deadline alone.
    overdueHigh = store(ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.HIGH),
        now.minus(Duration.ofDays(2))));
    dueInAWeek = store(ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.LOW), now));
    dueInThreeDays =
        store(ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.MEDIUM), now.minusSeconds(5)));
    Referral done = ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.HIGH), now);
    done.accept(ReferralFixtures.OFFICER_HEALTH, now, ReferralFixtures.DEADLINES, ReferralFixtures.ENVELOPES);
    done.complete(
        ReferralFixtures.OFFICER_HEALTH, CompletionOutcome.SERVICE_PROVIDED, null, now, ReferralFixtures.ENVELOPES);
    completed = store(done);
    RequestedReferral helpline =
        new RequestedReferral(
            ReferralKind.REFERRAL,
            new org.childprotect.referrals.cases.CaseId(java.util.UUID.randomUUID()),
            "KH-PP-2026-00001",
            "KH-PP",
            "AG-DOSVY-PP",
            "AG-HELPLINE",
            "HELPLINE",
            "PSYCHOSOCIAL_SUPPORT",
            Urgency.HIGH,
            "Counselling",
            ConsentBasis.RECORDED_CONSENT,
            null,
            ReferralFixtures.SNAPSHOT);
    toTheHelpline = store(Referral.request(ReferralId.random(), helpline,
        new Actor("sub-worker.pp", "worker.pp", "AG-DOSVY-PP"), now, ReferralFixtures.DEADLINES,
        ReferralFixtures.ENVELOPES));
  }

  @Test
  void theInboxShowsOverdueFirstThenByDeadlineThenClosed() throws Exception {
    mvc.perform(get("/api/referrals/inbox").with(Tokens.officerHealth()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].id").value(contains(overdueHigh, dueInThreeDays, dueInAWeek, completed)))
        .andExpect(jsonPath("$.content[*].overdue").value(contains(true, false, false, false)))
        .andExpect(jsonPath("$.content[0].caseNumber").value("KH-SR-2026-00042"))
        .andExpect(jsonPath("$.content[0].referrer").value("worker.sr"))
        .andExpect(jsonPath("$.totalElements").value(4));

    mvc.perform(get("/api/referrals/inbox").with(Tokens.officerHelpline()))
        .andExpect(jsonPath("$.content[*].id").value(contains(toTheHelpline)));
  }

  @Test
  void theInboxFiltersAndPages() throws Exception {
    mvc.perform(get("/api/referrals/inbox").param("overdue", "true").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(overdueHigh)));
    mvc.perform(get("/api/referrals/inbox").param("overdue", "false").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(dueInThreeDays, dueInAWeek, completed)));
    mvc.perform(get("/api/referrals/inbox").param("urgency", "LOW").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(dueInAWeek)));
    mvc.perform(get("/api/referrals/inbox").param("status", "COMPLETED").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(completed)));
    mvc.perform(get("/api/referrals/inbox").param("status", "REQUESTED,ACCEPTED").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.totalElements").value(3));
    mvc.perform(get("/api/referrals/inbox").param("serviceType", "MENTAL_HEALTH").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.totalElements").value(0));

    mvc.perform(get("/api/referrals/inbox").param("size", "2").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(overdueHigh, dueInThreeDays)))
        .andExpect(jsonPath("$.totalElements").value(4))
        .andExpect(jsonPath("$.totalPages").value(2));
    mvc.perform(get("/api/referrals/inbox").param("size", "2").param("page", "1").with(Tokens.officerHealth()))
        .andExpect(jsonPath("$.content[*].id").value(contains(dueInAWeek, completed)))
        .andExpect(jsonPath("$.page").value(1));
    mvc.perform(get("/api/referrals/inbox").param("size", "101").with(Tokens.officerHealth()))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/api/referrals/inbox").param("status", "LOST").with(Tokens.officerHealth()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theOutboxShowsTheReferrersOwnAndTheSupervisorsDistrict() throws Exception {
    mvc.perform(get("/api/referrals/outbox").with(Tokens.workerSr()))
        .andExpect(jsonPath("$.content[*].id").value(contains(overdueHigh, dueInThreeDays, dueInAWeek, completed)));
    mvc.perform(get("/api/referrals/outbox").with(Tokens.supervisorSr()))
        .andExpect(jsonPath("$.totalElements").value(4));
    mvc.perform(get("/api/referrals/outbox").with(Tokens.workerPp()))
        .andExpect(jsonPath("$.content[*].id").value(contains(toTheHelpline)));
    mvc.perform(get("/api/referrals/outbox").with(Tokens.otherWorkerPp()))
        .andExpect(jsonPath("$.totalElements").value(0));
    mvc.perform(get("/api/referrals/outbox").param("toAgency", "AG-HELPLINE").with(Tokens.supervisorPp()))
        .andExpect(jsonPath("$.content[*].id").value(contains(toTheHelpline)));
  }

  private String store(Referral referral) {
    return referrals.insert(referral).id().toString();
  }
}

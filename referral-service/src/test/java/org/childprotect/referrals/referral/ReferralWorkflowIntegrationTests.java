package org.childprotect.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.referrals.Tokens;
import org.childprotect.referrals.audit.AuditAction;
import org.childprotect.referrals.audit.AuditEntry;
import org.childprotect.referrals.audit.ReferralAuditTrail;
import org.childprotect.referrals.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The referral life cycle end to end inside the service: HTTP in, the stub case-service for snapshots, MongoDB-wire
 * for the store and a real Kafka broker for {@code referral.v1}.
 */
class ReferralWorkflowIntegrationTests extends ReferralApiTest {

  @Autowired ReferralAuditTrail auditTrail;
  @Autowired Referrals referrals;
  @Autowired OutboxRelay relay;

  @Test
  void referAcceptCompleteWithEventsKeyedByTheCase() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());
    assertThat(referral.etag()).isEqualTo("\"0\"");
    assertThat(CASE_SERVICE.callsFor(referral.caseId()))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.authorization()).as("the caller's own token").isEqualTo("Bearer token-worker.sr");
              assertThat(call.serviceType()).isEqualTo("MEDICAL_CARE");
              assertThat(call.consentOverride()).isFalse();
            });

    read(Tokens.officerHealth(), referral.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REQUESTED"))
        .andExpect(jsonPath("$.urgency").value("HIGH"))
        .andExpect(jsonPath("$.caseNumber").value("KH-SR-2026-00042"))
        .andExpect(jsonPath("$.reason").value("Needs a medical check"))
        .andExpect(jsonPath("$.snapshotAvailable").value(true))
        .andExpect(jsonPath("$.allowedActions").value(containsInAnyOrder("ACCEPT", "DECLINE", "VIEW_SNAPSHOT")));

    command(Tokens.officerHealth(), referral.id(), "accept", referral.etag(), null)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.acceptedBy").value("officer.health"))
        .andExpect(jsonPath("$.completeBy").exists())
        .andExpect(jsonPath("$.allowedActions").value(containsInAnyOrder("COMPLETE", "VIEW_SNAPSHOT")));

    command(
            Tokens.officerHealth(),
            referral.id(),
            "complete",
            "\"1\"",
            Map.of("outcome", "SERVICE_PROVIDED", "comment", "Examined, treated, follow-up booked"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.outcome").value("SERVICE_PROVIDED"))
        .andExpect(jsonPath("$.closedBy").value("officer.health"))
        .andExpect(jsonPath("$.closingComment").value("Examined, treated, follow-up booked"));

    // The referrer sees the outcome in their outbox.
    read(Tokens.workerSr(), referral.id()).andExpect(jsonPath("$.status").value("COMPLETED"));

    List<ConsumerRecord<String, String>> events = eventsOf(referral.caseId(), 3);
    assertThat(typesOf(events)).containsExactly("ReferralRequested", "ReferralAccepted", "ReferralCompleted");
    assertThat(events).allSatisfy(record -> assertThat(record.key()).isEqualTo(referral.caseId().toString()));
    JsonNode completed = json.readTree(events.get(2).value());
    assertThat(completed.get("aggregateId").asString()).isEqualTo(referral.id());
    assertThat(completed.get("aggregateVersion").asLong()).isEqualTo(2);
    assertThat(completed.at("/data/outcome").asString()).isEqualTo("SERVICE_PROVIDED");
    assertThat(events)
        .as("no names, case numbers or free text on the topic")
        .allSatisfy(
            record ->
                assertThat(record.value())
                    .doesNotContain("Sokha", "KH-SR-2026-00042", "medical check", "Examined", "worker.sr"));
  }

  @Test
  void acceptingTwiceIsAConflictAndChangesNothing() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());
    command(Tokens.officerHealth(), referral.id(), "accept", referral.etag(), null).andExpect(status().isOk());

    command(Tokens.officerHealth(), referral.id(), "accept", "\"1\"", null)
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("ACCEPTED")));
    command(Tokens.officerHealth(), referral.id(), "accept", referral.etag(), null)
        .andExpect(status().isConflict());

    read(Tokens.officerHealth(), referral.id()).andExpect(header().string("ETag", "\"1\""));
  }

  @Test
  void aCommandWithoutIfMatchIsRefusedAndOneWithAStaleVersionConflicts() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    command(Tokens.officerHealth(), referral.id(), "accept", null, null)
        .andExpect(status().isPreconditionRequired())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    command(Tokens.officerHealth(), referral.id(), "accept", "\"7\"", null).andExpect(status().isConflict());

    read(Tokens.officerHealth(), referral.id()).andExpect(jsonPath("$.status").value("REQUESTED"));
  }

  @Test
  void declineEndsTheReceiversAccessToTheSnapshotAndTheCaseDetails() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());
    snapshot(Tokens.officerHealth(), referral.id()).andExpect(status().isOk());

    command(
            Tokens.officerHealth(),
            referral.id(),
            "decline",
            referral.etag(),
            Map.of("reason", "NO_CAPACITY", "comment", "No paediatrician this week"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DECLINED"))
        .andExpect(jsonPath("$.declineReason").value("NO_CAPACITY"))
        .andExpect(jsonPath("$.caseNumber").doesNotExist())
        .andExpect(jsonPath("$.reason").doesNotExist())
        .andExpect(jsonPath("$.snapshotAvailable").value(false))
        .andExpect(jsonPath("$.allowedActions").isEmpty());

    snapshot(Tokens.officerHealth(), referral.id())
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    // The referrer still sees the answer, with the comment, but the erased snapshot is gone for them too.
    read(Tokens.workerSr(), referral.id())
        .andExpect(jsonPath("$.caseNumber").value("KH-SR-2026-00042"))
        .andExpect(jsonPath("$.closingComment").value("No paediatrician this week"));
    snapshot(Tokens.workerSr(), referral.id()).andExpect(status().isNotFound());
    assertThat(mongo.getCollection(Referral.COLLECTION).find().first().get("snapshot"))
        .as("erased from the store, not just hidden")
        .isNull();
    assertThat(typesOf(eventsOf(referral.caseId(), 2))).containsExactly("ReferralRequested", "ReferralDeclined");
  }

  @Test
  void revokeByTheReferrerEndsTheReceiversAccessToTheSnapshot() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());
    command(Tokens.officerHealth(), referral.id(), "accept", referral.etag(), null).andExpect(status().isOk());

    command(Tokens.officerHealth(), referral.id(), "revoke", "\"1\"", Map.of())
        .andExpect(status().isForbidden());
    command(Tokens.workerSr(), referral.id(), "revoke", "\"1\"", Map.of("comment", "Family moved away"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVOKED"));

    snapshot(Tokens.officerHealth(), referral.id()).andExpect(status().isNotFound());
    read(Tokens.officerHealth(), referral.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVOKED"))
        .andExpect(jsonPath("$.caseNumber").doesNotExist())
        .andExpect(jsonPath("$.closingComment").doesNotExist());
    command(Tokens.officerHealth(), referral.id(), "complete", "\"2\"", Map.of("outcome", "SERVICE_PROVIDED"))
        .andExpect(status().isConflict());
    assertThat(typesOf(eventsOf(referral.caseId(), 3)))
        .containsExactly("ReferralRequested", "ReferralAccepted", "ReferralRevoked");
  }

  @Test
  void theReferrersSupervisorMayRevokeAnotherSupervisorMayNot() throws Exception {
    UUID caseId = sharePhnomPenhCase("MEDIUM");
    Created referral =
        created(caseId, refer(Tokens.workerPp(), caseId, "PSYCHOSOCIAL_SUPPORT", "AG-HELPLINE").andReturn());

    command(Tokens.supervisorSr(), referral.id(), "revoke", referral.etag(), Map.of())
        .andExpect(status().isNotFound());
    command(Tokens.otherWorkerPp(), referral.id(), "revoke", referral.etag(), Map.of())
        .andExpect(status().isNotFound());
    command(Tokens.supervisorPp(), referral.id(), "revoke", referral.etag(), Map.of())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REVOKED"))
        .andExpect(jsonPath("$.closedBy").value("supervisor.pp"));
  }

  @Test
  void aFocalPointOfAThirdAgencySeesNothing() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    read(Tokens.officerHelpline(), referral.id()).andExpect(status().isNotFound());
    snapshot(Tokens.officerHelpline(), referral.id()).andExpect(status().isNotFound());
    command(Tokens.officerHelpline(), referral.id(), "accept", referral.etag(), null)
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(not(containsString(referral.id()))));
    command(Tokens.officerHelpline(), referral.id(), "decline", referral.etag(), Map.of("reason", "OTHER"))
        .andExpect(status().isNotFound());

    read(Tokens.officerHealth(), referral.id()).andExpect(jsonPath("$.status").value("REQUESTED"));
  }

  @Test
  void theReferrerCannotAnswerTheirOwnReferral() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    command(Tokens.workerSr(), referral.id(), "accept", referral.etag(), null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("focal points")));
  }

  @Test
  void withoutRecordedConsentTheReferralIsRefusedClearlyAndNothingIsStored() throws Exception {
    UUID caseId = shareSiemReapCase(false);

    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("consent"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("no recorded consent")))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("supervisor")));

    assertThat(storedReferrals()).isZero();
    assertThat(mongo.getCollection(AuditEntry.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void aSupervisorMayOverrideMissingConsentWithAJustificationWhichIsAudited() throws Exception {
    UUID caseId = shareSiemReapCase(false);
    String justification = "Child at immediate risk of harm; caregiver is the alleged abuser.";

    var result =
        referWith(
                Tokens.supervisorSr(),
                Map.of(
                    "caseId", caseId,
                    "serviceType", "MEDICAL_CARE",
                    "toAgency", "AG-HEALTH-SR",
                    "reason", "Forensic check",
                    "consentOverride", Map.of("justification", justification)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.consent.basis").value("SUPERVISOR_OVERRIDE"))
            .andExpect(jsonPath("$.consent.overrideJustification").value(justification))
            .andExpect(jsonPath("$.consent.overriddenBy").value("supervisor.sr"))
            .andReturn();
    Created referral = created(caseId, result);
    assertThat(CASE_SERVICE.callsFor(caseId))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.consentOverride()).as("case-service is told of the override").isTrue();
              assertThat(call.referralId()).as("for which referral").isEqualTo(referral.id());
            });

    List<AuditEntry> trail = auditTrail.allFor(referral.id());
    assertThat(trail)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.action()).isEqualTo(AuditAction.CONSENT_OVERRIDDEN);
              assertThat(entry.username()).isEqualTo("supervisor.sr");
              assertThat(entry.agency()).isEqualTo("AG-DOSVY-SR");
              assertThat(entry.justification()).isEqualTo(justification);
            });
    // The receiving agency learns that consent was overridden, not the supervisor's reasons.
    read(Tokens.officerHealth(), referral.id())
        .andExpect(jsonPath("$.consent.basis").value("SUPERVISOR_OVERRIDE"))
        .andExpect(jsonPath("$.consent.overrideJustification").doesNotExist());
    JsonNode requested = json.readTree(eventsOf(caseId, 1).get(0).value());
    assertThat(requested.at("/data/consentBasis").asString()).isEqualTo("SUPERVISOR_OVERRIDE");
    assertThat(requested.toString()).doesNotContain("immediate risk");
  }

  @Test
  void aWorkerCannotOverrideConsentAndCaseServiceIsNotEvenAsked() throws Exception {
    UUID caseId = shareSiemReapCase(false);

    referWith(
            Tokens.workerSr(),
            Map.of(
                "caseId", caseId,
                "serviceType", "MEDICAL_CARE",
                "toAgency", "AG-HEALTH-SR",
                "reason", "Forensic check",
                "consentOverride", Map.of("justification", "I am sure the family would agree to it.")))
        .andExpect(status().isForbidden());

    assertThat(CASE_SERVICE.callsFor(caseId)).isEmpty();
    assertThat(storedReferrals()).isZero();
  }

  @Test
  void whenCaseServiceIsStoppedTheRequestFailsWith503RetryAfterAndNothingIsStored() throws Exception {
    UUID caseId = shareSiemReapCase(true);
    CASE_SERVICE.stop();

    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("Nothing was saved")));

    assertThat(storedReferrals()).isZero();
    assertThat(mongo.getCollection(AuditEntry.COLLECTION).countDocuments()).isZero();

    CASE_SERVICE.heal();
    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR").andExpect(status().isCreated());
    assertThat(storedReferrals()).isOne();
  }

  @Test
  void aFailingOrSlowCaseServiceIsRetriedOnceThenAnswers503() throws Exception {
    UUID caseId = shareSiemReapCase(true);
    CASE_SERVICE.failWith(503);

    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().exists("Retry-After"));
    assertThat(CASE_SERVICE.callsFor(caseId)).as("one attempt and one retry").hasSize(2);

    CASE_SERVICE.heal();
    CASE_SERVICE.slowDownBy(Duration.ofSeconds(2));
    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR").andExpect(status().isServiceUnavailable());
    assertThat(storedReferrals()).isZero();
  }

  @Test
  void afterRepeatedFailuresTheCircuitOpensAndCaseServiceIsLeftAlone() throws Exception {
    UUID caseId = shareSiemReapCase(true);
    CASE_SERVICE.failWith(500);
    for (int attempt = 0; attempt < 3; attempt++) {
      refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR").andExpect(status().isServiceUnavailable());
    }
    int callsWhenOpen = CASE_SERVICE.callsFor(caseId).size();

    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "30"));

    assertThat(CASE_SERVICE.callsFor(caseId)).hasSize(callsWhenOpen);
    assertThat(storedReferrals()).isZero();
  }

  @Test
  void aCaseOutOfTheCallersScopeIsNotFoundAndNothingIsStored() throws Exception {
    refer(Tokens.workerSr(), UUID.randomUUID(), "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("The case was not found."));

    assertThat(storedReferrals()).isZero();
  }

  @Test
  void theAgencyMustOfferTheServiceAndWorkInTheCasesDistrict() throws Exception {
    UUID caseId = shareSiemReapCase(true);

    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-HELPLINE")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("serviceType"));
    refer(Tokens.workerSr(), caseId, "POLICE_PROTECTION", "AG-POLICE-PP")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("toAgency"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("district")));
    refer(Tokens.workerSr(), caseId, "MEDICAL_CARE", "AG-NOWHERE")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("toAgency"));

    assertThat(storedReferrals()).isZero();
  }

  @Test
  void aSecondOpenReferralForTheSameServiceAndAgencyIsRefused() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    refer(Tokens.workerSr(), referral.caseId(), "MEDICAL_CARE", "AG-HEALTH-SR")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("already has an open referral")));
    refer(Tokens.workerSr(), referral.caseId(), "MENTAL_HEALTH", "AG-HEALTH-SR").andExpect(status().isCreated());
  }

  @Test
  void urgencyDefaultsFromTheCasesRiskAndMayBeChosen() throws Exception {
    UUID lowRisk = sharePhnomPenhCase("LOW");
    refer(Tokens.workerPp(), lowRisk, "PSYCHOSOCIAL_SUPPORT", "AG-HELPLINE")
        .andExpect(jsonPath("$.urgency").value("LOW"));

    UUID chosen = sharePhnomPenhCase("LOW");
    referWith(
            Tokens.workerPp(),
            Map.of(
                "caseId", chosen,
                "serviceType", "PSYCHOSOCIAL_SUPPORT",
                "toAgency", "AG-HELPLINE",
                "urgency", "HIGH",
                "reason", "Suicidal thoughts"))
        .andExpect(jsonPath("$.urgency").value("HIGH"));
  }

  @Test
  void unansweredReferralsExpireAtTheirDeadlineAndLoseTheirSnapshot() throws Exception {
    Created high = referToHospital(Tokens.workerSr());
    UUID lowCase = sharePhnomPenhCase("LOW");
    Created low = created(lowCase, refer(Tokens.workerPp(), lowCase, "PSYCHOSOCIAL_SUPPORT", "AG-HELPLINE").andReturn());

    int changed = deadlines.checkDeadlines(Instant.now().plus(Duration.ofHours(25)));

    assertThat(changed).isOne();
    read(Tokens.workerSr(), high.id())
        .andExpect(jsonPath("$.status").value("EXPIRED"))
        .andExpect(jsonPath("$.closedBy").doesNotExist())
        .andExpect(jsonPath("$.snapshotAvailable").value(false));
    snapshot(Tokens.officerHealth(), high.id()).andExpect(status().isNotFound());
    read(Tokens.workerPp(), low.id()).andExpect(jsonPath("$.status").value("REQUESTED"));
    command(Tokens.officerHealth(), high.id(), "accept", "\"1\"", null).andExpect(status().isConflict());
    assertThat(typesOf(eventsOf(high.caseId(), 2))).containsExactly("ReferralRequested", "ReferralExpired");

    assertThat(deadlines.checkDeadlines(Instant.now().plus(Duration.ofHours(25)))).as("runs are idempotent").isZero();
  }

  @Test
  void anAcceptedReferralNotCompletedInTimeTurnsOverdueOnceAndRaisesAnEvent() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());
    command(Tokens.officerHealth(), referral.id(), "accept", referral.etag(), null).andExpect(status().isOk());

    Instant later = Instant.now().plus(Duration.ofDays(8));
    assertThat(deadlines.checkDeadlines(later)).isOne();
    assertThat(deadlines.checkDeadlines(later.plus(Duration.ofDays(1)))).isZero();

    read(Tokens.officerHealth(), referral.id())
        .andExpect(jsonPath("$.status").value("ACCEPTED"))
        .andExpect(jsonPath("$.allowedActions").value(containsInAnyOrder("COMPLETE", "VIEW_SNAPSHOT")));
    List<ConsumerRecord<String, String>> events = eventsOf(referral.caseId(), 3);
    assertThat(typesOf(events)).containsExactly("ReferralRequested", "ReferralAccepted", "ReferralOverdue");
    assertThat(json.readTree(events.get(2).value()).at("/data/overdue").asBoolean()).isTrue();

    // Late is still better than never: the overdue referral can be completed.
    command(Tokens.officerHealth(), referral.id(), "complete", "\"2\"", Map.of("outcome", "PARTIALLY_PROVIDED"))
        .andExpect(status().isOk());
  }

  @Test
  void everySnapshotOpeningIsAuditedWithWhoWhenAndWhichAgency() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    snapshot(Tokens.officerHealth(), referral.id())
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.snapshot.givenName").value("Sokha"))
        .andExpect(jsonPath("$.snapshot.caregiverContact").value("+855 12 345 678"))
        .andExpect(jsonPath("$.caseNumber").value("KH-SR-2026-00042"))
        .andExpect(jsonPath("$.serviceType").value("MEDICAL_CARE"));
    snapshot(Tokens.officerHealth(), referral.id()).andExpect(status().isOk());
    snapshot(Tokens.workerSr(), referral.id()).andExpect(status().isOk());
    snapshot(Tokens.officerHelpline(), referral.id()).andExpect(status().isNotFound());

    List<AuditEntry> trail = auditTrail.allFor(referral.id());
    assertThat(trail).hasSize(3).allSatisfy(entry -> {
      assertThat(entry.action()).isEqualTo(AuditAction.SNAPSHOT_OPENED);
      assertThat(entry.caseId()).isEqualTo(referral.caseId().toString());
      assertThat(entry.at()).isNotNull();
    });
    assertThat(trail).extracting(AuditEntry::username).containsExactly("officer.health", "officer.health", "worker.sr");
    assertThat(trail).extracting(AuditEntry::agency).containsExactly("AG-HEALTH-SR", "AG-HEALTH-SR", "AG-DOSVY-SR");

    mvcAuditTrail(referral.id())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(3))
        .andExpect(jsonPath("$.content[0].action").value("SNAPSHOT_OPENED"));
  }

  @Test
  void theSnapshotIsStoredExactlyAsCaseServiceReturnedIt() throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    String stored = (String) mongo.getCollection(Referral.COLLECTION).find().first().get("snapshot");
    assertThat(json.readTree(stored))
        .isEqualTo(
            json.readTree(
                """
                {"givenName":"Sokha","ageYears":9,"sex":"FEMALE","caregiverContact":"+855 12 345 678",
                 "concernSummary":"Injuries needing examination"}"""));
    assertThat(stored).as("fields case-service sends beside the snapshot are not stored").doesNotContain("sharingProfile");
    assertThat(referral.id()).isNotBlank();
  }

  @Test
  void anAnswerSavedWhileTheRelayPublishesDoesNotPublishTheEarlierEventAgain() {
    Referral stored =
        referrals.insert(
            ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.HIGH), Instant.now()));
    Referral readBeforePublishing = referrals.byId(stored.id()).orElseThrow();
    assertThat(readBeforePublishing.outbox()).hasSize(1);

    relay.relayPending();
    readBeforePublishing.accept(
        ReferralFixtures.OFFICER_HEALTH, Instant.now(), ReferralFixtures.DEADLINES, ReferralFixtures.ENVELOPES);
    Referral saved = referrals.save(readBeforePublishing);

    assertThat(saved.version()).isOne();
    assertThat(saved.outbox()).extracting(OutboxEntry::type).doesNotContain("ReferralRequested");
    UUID caseId = UUID.fromString(stored.caseId());
    assertThat(typesOf(eventsOf(caseId, 2))).containsExactly("ReferralRequested", "ReferralAccepted");
  }

  @Test
  void aSaveBasedOnAnOlderCopyIsRefused() {
    Referral stored =
        referrals.insert(
            ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(Urgency.HIGH), Instant.now()));
    Referral first = referrals.byId(stored.id()).orElseThrow();
    Referral second = referrals.byId(stored.id()).orElseThrow();
    first.accept(ReferralFixtures.OFFICER_HEALTH, Instant.now(), ReferralFixtures.DEADLINES, ReferralFixtures.ENVELOPES);
    second.decline(ReferralFixtures.OFFICER_HEALTH, DeclineReason.OTHER, null, Instant.now(), ReferralFixtures.ENVELOPES);

    referrals.save(first);
    assertThatThrownBy(() -> referrals.save(second))
        .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    assertThat(referrals.byId(stored.id()).orElseThrow().status()).isEqualTo(ReferralStatus.ACCEPTED);
  }

  private org.springframework.test.web.servlet.ResultActions mvcAuditTrail(String id) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/referrals/{id}/audit-trail", id)
            .with(Tokens.supervisorSr()));
  }
}

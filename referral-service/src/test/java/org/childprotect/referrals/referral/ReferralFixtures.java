package org.childprotect.referrals.referral;

import java.time.Instant;
import java.util.UUID;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.outbox.JsonEventEnvelopes;

/** Referrals as the domain builds them, for tests that need one in a given state or at a given time. */
final class ReferralFixtures {

  static final Deadlines DEADLINES = Deadlines.defaults();

  static final EventEnvelopes ENVELOPES = new JsonEventEnvelopes();

  static final Instant MARCH_14 = Instant.parse("2026-03-14T02:15:30.123Z");

  static final Actor WORKER_SR = new Actor("sub-worker.sr", "worker.sr", "AG-DOSVY-SR");

  static final Actor SUPERVISOR_SR = new Actor("sub-supervisor.sr", "supervisor.sr", "AG-DOSVY-SR");

  static final Actor OFFICER_HEALTH = new Actor("sub-officer.health", "officer.health", "AG-HEALTH-SR");

  static final String SNAPSHOT = "{\"givenName\":\"Sokha\",\"ageYears\":9,\"concernSummary\":\"Injuries\"}";

  private ReferralFixtures() {}

  /** A Siem Reap case referred with consent to the provincial hospital for medical care. */
  static RequestedReferral medicalCareInSiemReap(Urgency urgency) {
    return new RequestedReferral(
        ReferralKind.REFERRAL,
        new CaseId(UUID.randomUUID()),
        "KH-SR-2026-00042",
        "KH-SR",
        "AG-DOSVY-SR",
        "AG-HEALTH-SR",
        "HEALTH",
        "MEDICAL_CARE",
        urgency,
        "Needs a medical check",
        ConsentBasis.RECORDED_CONSENT,
        null,
        SNAPSHOT);
  }

  /** The same, shared without consent on a supervisor's override. */
  static RequestedReferral medicalCareWithoutConsent() {
    return new RequestedReferral(
        ReferralKind.REFERRAL,
        new CaseId(UUID.randomUUID()),
        "KH-SR-2026-00043",
        "KH-SR",
        "AG-DOSVY-SR",
        "AG-HEALTH-SR",
        "HEALTH",
        "MEDICAL_CARE",
        Urgency.HIGH,
        "Forensic examination",
        ConsentBasis.SUPERVISOR_OVERRIDE,
        new ConsentOverride("Immediate danger; caregiver is the alleged abuser.", SUPERVISOR_SR, MARCH_14),
        SNAPSHOT);
  }

  /** A Phnom Penh case handed over to the Siem Reap social welfare office. */
  static RequestedReferral transferToSiemReap() {
    return new RequestedReferral(
        ReferralKind.TRANSFER,
        new CaseId(UUID.randomUUID()),
        "KH-PP-2026-00007",
        "KH-PP",
        "AG-DOSVY-PP",
        "AG-DOSVY-SR",
        "SOCIAL_WELFARE",
        null,
        Urgency.MEDIUM,
        "Family relocated",
        ConsentBasis.RECORDED_CONSENT,
        null,
        SNAPSHOT);
  }

  static Referral requested(RequestedReferral request, Instant at) {
    return Referral.request(ReferralId.random(), request, WORKER_SR, at, DEADLINES, ENVELOPES);
  }
}

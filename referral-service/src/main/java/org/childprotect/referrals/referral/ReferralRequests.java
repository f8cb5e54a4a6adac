package org.childprotect.referrals.referral;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.childprotect.platform.security.Caller;
import org.childprotect.referrals.agencies.Agencies;
import org.childprotect.referrals.agencies.Agency;
import org.childprotect.referrals.agencies.AgencyCode;
import org.childprotect.referrals.audit.AuditAction;
import org.childprotect.referrals.audit.ReferralAuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Opening referrals and transfers. The order matters: everything that can be refused without case-service is
 * refused first; then case-service is asked (with the caller's token) what may be shared; only when all checks
 * pass is anything written, so a refusal or an unavailable case-service leaves no trace in the store.
 */
@Service
public class ReferralRequests {

  static final String CONSENT_MISSING =
      "The case has no recorded consent to referral and information sharing. Record the consent on the case, or"
          + " ask a supervisor to record an override with a justification.";

  private final Referrals referrals;
  private final Agencies agencies;
  private final CaseSnapshots snapshots;
  private final ReferralAuditTrail auditTrail;
  private final ReferralProperties properties;
  private final EventEnvelopes envelopes;
  private final Clock clock;
  private final MeterRegistry meters;

  ReferralRequests(
      Referrals referrals,
      Agencies agencies,
      CaseSnapshots snapshots,
      ReferralAuditTrail auditTrail,
      ReferralProperties properties,
      EventEnvelopes envelopes,
      Clock clock,
      MeterRegistry meters) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.snapshots = snapshots;
    this.auditTrail = auditTrail;
    this.properties = properties;
    this.envelopes = envelopes;
    this.clock = clock;
    this.meters = meters;
  }

  public Referral request(ReferralCommand command, Caller caller, String bearerToken) {
    if (command.overrideJustification() != null && !caller.hasRole(Caller.SUPERVISOR)) {
      throw new ReferralForbidden("Only a supervisor may share a case without recorded consent.");
    }
    Agency receiver = receivingAgency(command);
    String serviceType =
        command.kind() == ReferralKind.TRANSFER ? properties.transferServiceType() : command.serviceType();

    // Chosen before case-service is asked, so that an override names the referral it documents on both sides.
    ReferralId id = ReferralId.random();
    SharedCase shared =
        snapshots.snapshotFor(
            command.caseId(), serviceType, bearerToken, command.overrideJustification() != null ? id : null);

    String fromAgency = shared.ownerAgency() != null ? shared.ownerAgency() : caller.agency();
    if (fromAgency == null) {
      throw InvalidReferral.of("caseId", "The case names no owning agency to refer from.");
    }
    if (command.kind() == ReferralKind.REFERRAL && !receiver.districts().contains(shared.district())) {
      throw InvalidReferral.of("toAgency", "The agency does not work in the case's district.");
    }
    if (command.kind() == ReferralKind.TRANSFER && receiver.code().equals(fromAgency)) {
      throw InvalidReferral.of("toAgency", "The agency already owns the case.");
    }
    @Nullable String justification = shared.referralConsent() ? null : command.overrideJustification();
    if (!shared.referralConsent() && justification == null) {
      throw InvalidReferral.of("consent", CONSENT_MISSING);
    }
    if (referrals.hasOpen(command.caseId().toString(), command.kind(), receiver.code(), serviceType)) {
      throw new DuplicateReferral(
          command.kind() == ReferralKind.TRANSFER
              ? "The case already has an open transfer to this agency."
              : "The case already has an open referral to this agency for this service.");
    }

    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Actor referrer = Actor.of(caller);
    Urgency urgency = command.urgency() != null ? command.urgency() : Urgency.fromRisk(shared.riskLevel());
    ConsentOverride override = justification == null ? null : new ConsentOverride(justification, referrer, now);
    Referral referral =
        Referral.request(
            id,
            new RequestedReferral(
                command.kind(),
                command.caseId(),
                shared.caseNumber(),
                shared.district(),
                fromAgency,
                receiver.code(),
                receiver.type().name(),
                command.kind() == ReferralKind.TRANSFER ? null : serviceType,
                urgency,
                command.reason(),
                override == null ? ConsentBasis.RECORDED_CONSENT : ConsentBasis.SUPERVISOR_OVERRIDE,
                override,
                shared.snapshot()),
            referrer,
            now,
            properties.deadlines(),
            envelopes);
    if (override != null) {
      auditTrail.record(
          AuditAction.CONSENT_OVERRIDDEN, id.toString(), command.caseId().toString(), caller, justification);
    }
    Referral saved = referrals.insert(referral);
    Counter.builder("childprotect.referrals.requested")
        .description("Referrals and transfers requested")
        .tag("kind", referral.kind().name())
        .tag("urgency", urgency.name())
        .tag("consent", referral.consentBasis().name())
        .register(meters)
        .increment();
    return saved;
  }

  /** The directory checks need no case data, so they run before case-service is bothered. */
  private Agency receivingAgency(ReferralCommand command) {
    Agency agency =
        AgencyCode.parse(command.toAgency())
            .flatMap(agencies::byCode)
            .orElseThrow(() -> InvalidReferral.of("toAgency", "is not an agency of the directory"));
    if (command.kind() == ReferralKind.REFERRAL) {
      if (command.serviceType() == null || command.serviceType().isBlank()) {
        throw InvalidReferral.of("serviceType", "is required for a referral");
      }
      if (!agency.serviceTypes().contains(command.serviceType())) {
        throw InvalidReferral.of("serviceType", "is not offered by the chosen agency");
      }
    } else if (!agency.serviceTypes().contains(properties.transferServiceType())) {
      throw InvalidReferral.of("toAgency", "does not take over the management of cases");
    }
    return agency;
  }
}

package org.childprotect.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childprotect.referrals.referral.ReferralFixtures.DEADLINES;
import static org.childprotect.referrals.referral.ReferralFixtures.ENVELOPES;
import static org.childprotect.referrals.referral.ReferralFixtures.MARCH_14;
import static org.childprotect.referrals.referral.ReferralFixtures.OFFICER_HEALTH;
import static org.childprotect.referrals.referral.ReferralFixtures.WORKER_SR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The referral's state machine, without Spring: which moves it allows, what each records and announces. */
class ReferralUnitTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant LATER = MARCH_14.plus(Duration.ofHours(3));

  private static Referral requested(Urgency urgency) {
    return ReferralFixtures.requested(ReferralFixtures.medicalCareInSiemReap(urgency), MARCH_14);
  }

  private static List<String> types(Referral referral) {
    return referral.outbox().stream().map(OutboxEntry::type).toList();
  }

  private static JsonNode last(Referral referral) {
    List<OutboxEntry> outbox = referral.outbox();
    return JSON.readTree(outbox.get(outbox.size() - 1).envelope());
  }

  @ParameterizedTest
  @EnumSource(Urgency.class)
  void theResponseDeadlineFollowsTheUrgency(Urgency urgency) {
    Referral referral = requested(urgency);

    Map<Urgency, Duration> expected =
        Map.of(Urgency.HIGH, Duration.ofHours(24), Urgency.MEDIUM, Duration.ofDays(3), Urgency.LOW, Duration.ofDays(7));
    assertThat(referral.respondBy()).isEqualTo(MARCH_14.plus(expected.get(urgency)));
    assertThat(referral.dueAt()).contains(referral.respondBy());
    assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
    assertThat(types(referral)).containsExactly("ReferralRequested");
    assertThat(last(referral).get("aggregateVersion").asLong()).isZero();
  }

  @Test
  void deadlinesAreConfigurablePerUrgency() {
    Deadlines fast = new Deadlines(Map.of(Urgency.HIGH, Duration.ofHours(4)), Map.of());
    Referral referral =
        Referral.request(
            ReferralId.random(),
            ReferralFixtures.medicalCareInSiemReap(Urgency.HIGH),
            WORKER_SR,
            MARCH_14,
            fast,
            ENVELOPES);

    assertThat(referral.respondBy()).isEqualTo(MARCH_14.plus(Duration.ofHours(4)));
    assertThat(fast.response().get(Urgency.LOW)).as("others keep their default").isEqualTo(Duration.ofDays(7));
    assertThatThrownBy(() -> new Deadlines(Map.of(Urgency.LOW, Duration.ZERO), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void urgencyDefaultsFromRisk() {
    assertThat(Urgency.fromRisk("HIGH")).isEqualTo(Urgency.HIGH);
    assertThat(Urgency.fromRisk("LOW")).isEqualTo(Urgency.LOW);
    assertThat(Urgency.fromRisk("MEDIUM")).isEqualTo(Urgency.MEDIUM);
    assertThat(Urgency.fromRisk(null)).isEqualTo(Urgency.MEDIUM);
  }

  @Test
  void aReferralNamesAServiceAndAnOverrideCarriesAJustification() {
    RequestedReferral noService =
        new RequestedReferral(ReferralKind.REFERRAL, ReferralFixtures.medicalCareInSiemReap(Urgency.LOW).caseId(),
            "KH-SR-1", "KH-SR", "AG-DOSVY-SR", "AG-HEALTH-SR", "HEALTH", null, Urgency.LOW, "x",
            ConsentBasis.RECORDED_CONSENT, null, "{}");
    RequestedReferral overrideWithoutReason =
        new RequestedReferral(ReferralKind.REFERRAL, noService.caseId(), "KH-SR-1", "KH-SR", "AG-DOSVY-SR",
            "AG-HEALTH-SR",
            "HEALTH", "MEDICAL_CARE", Urgency.LOW, "x", ConsentBasis.SUPERVISOR_OVERRIDE, null, "{}");

    assertThatThrownBy(() -> ReferralFixtures.requested(noService, MARCH_14))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReferralFixtures.requested(overrideWithoutReason, MARCH_14))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptStartsTheCompletionDeadline() {
    Referral referral = requested(Urgency.MEDIUM);

    referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.acceptedBy()).contains(OFFICER_HEALTH);
    assertThat(referral.completeBy()).contains(LATER.plus(Duration.ofDays(14)));
    assertThat(referral.dueAt()).isEqualTo(referral.completeBy());
    assertThat(types(referral)).containsExactly("ReferralRequested", "ReferralAccepted");
  }

  @Test
  void acceptingTwiceIsRefused() {
    Referral referral = requested(Urgency.HIGH);
    referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);

    assertThatThrownBy(() -> referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class)
        .hasMessageContaining("ACCEPTED");
    assertThat(types(referral)).hasSize(2);
  }

  @Test
  void completeRecordsTheOutcomeAndKeepsTheSnapshot() {
    Referral referral = requested(Urgency.HIGH);
    referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);

    referral.complete(OFFICER_HEALTH, CompletionOutcome.SERVICE_PROVIDED, "Treated", LATER, ENVELOPES);

    assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(referral.outcome()).contains(CompletionOutcome.SERVICE_PROVIDED);
    assertThat(referral.closure()).hasValueSatisfying(c -> assertThat(c.comment()).isEqualTo("Treated"));
    assertThat(referral.snapshot()).isPresent();
    assertThat(referral.dueAt()).isEmpty();
    assertThat(last(referral).at("/data/outcome").asString()).isEqualTo("SERVICE_PROVIDED");
    assertThat(last(referral).toString()).as("comments stay out of events").doesNotContain("Treated");
  }

  @Test
  void aRequestedReferralCannotBeCompleted() {
    Referral referral = requested(Urgency.HIGH);

    assertThatThrownBy(
            () -> referral.complete(OFFICER_HEALTH, CompletionOutcome.SERVICE_PROVIDED, null, LATER, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class);
  }

  @Test
  void declineErasesTheSnapshot() {
    Referral referral = requested(Urgency.HIGH);

    referral.decline(OFFICER_HEALTH, DeclineReason.NOT_ELIGIBLE, "Over 18", LATER, ENVELOPES);

    assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.snapshot()).isEmpty();
    assertThat(referral.snapshotErasedAt()).contains(LATER);
    assertThat(last(referral).at("/data/declineReason").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThatThrownBy(() -> referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class);
  }

  @Test
  void anAcceptedReferralCannotBeDeclined() {
    Referral referral = requested(Urgency.HIGH);
    referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);

    assertThatThrownBy(() -> referral.decline(OFFICER_HEALTH, DeclineReason.OTHER, null, LATER, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class);
  }

  @ParameterizedTest
  @EnumSource(value = ReferralStatus.class, names = {"REQUESTED", "ACCEPTED"})
  void anOpenReferralCanBeRevokedAndLosesItsSnapshot(ReferralStatus from) {
    Referral referral = requested(Urgency.LOW);
    if (from == ReferralStatus.ACCEPTED) {
      referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);
    }

    referral.revoke(WORKER_SR, "Family moved", LATER, ENVELOPES);

    assertThat(referral.status()).isEqualTo(ReferralStatus.REVOKED);
    assertThat(referral.snapshot()).isEmpty();
    assertThat(types(referral)).endsWith("ReferralRevoked");
  }

  @Test
  void aClosedReferralCannotBeRevoked() {
    Referral referral = requested(Urgency.LOW);
    referral.decline(OFFICER_HEALTH, DeclineReason.NO_CAPACITY, null, LATER, ENVELOPES);

    assertThatThrownBy(() -> referral.revoke(WORKER_SR, null, LATER, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class)
        .hasMessageContaining("DECLINED");
  }

  @Test
  void anUnansweredReferralExpiresAfterItsResponseDeadline() {
    Referral referral = requested(Urgency.HIGH);

    assertThat(referral.passDeadline(MARCH_14.plus(Duration.ofHours(23)), ENVELOPES)).isFalse();
    assertThat(referral.isOverdueAt(MARCH_14.plus(Duration.ofHours(23)))).isFalse();
    assertThat(referral.isOverdueAt(MARCH_14.plus(Duration.ofHours(25)))).isTrue();
    assertThat(referral.passDeadline(MARCH_14.plus(Duration.ofHours(25)), ENVELOPES)).isTrue();

    assertThat(referral.status()).isEqualTo(ReferralStatus.EXPIRED);
    assertThat(referral.snapshot()).isEmpty();
    assertThat(referral.closure()).hasValueSatisfying(c -> assertThat(c.by()).isNull());
    assertThat(types(referral)).containsExactly("ReferralRequested", "ReferralExpired");
    assertThat(referral.passDeadline(MARCH_14.plus(Duration.ofDays(30)), ENVELOPES)).isFalse();
  }

  @Test
  void anAcceptedReferralTurnsOverdueOnceAndCanStillBeCompleted() {
    Referral referral = requested(Urgency.HIGH);
    referral.accept(OFFICER_HEALTH, LATER, DEADLINES, ENVELOPES);
    Instant late = LATER.plus(Duration.ofDays(8));

    assertThat(referral.passDeadline(late, ENVELOPES)).isTrue();
    assertThat(referral.passDeadline(late.plusSeconds(60), ENVELOPES)).as("raised once").isFalse();

    assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.flaggedOverdue()).isTrue();
    assertThat(types(referral)).containsExactly("ReferralRequested", "ReferralAccepted", "ReferralOverdue");
    assertThat(last(referral).at("/data/overdue").asBoolean()).isTrue();

    referral.complete(OFFICER_HEALTH, CompletionOutcome.PARTIALLY_PROVIDED, null, late, ENVELOPES);
    assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
  }

  @Test
  void anUnansweredTransferTurnsOverdueInsteadOfExpiring() {
    Referral transfer = ReferralFixtures.requested(ReferralFixtures.transferToSiemReap(), MARCH_14);

    assertThat(transfer.passDeadline(MARCH_14.plus(Duration.ofDays(4)), ENVELOPES)).isTrue();

    assertThat(transfer.status()).isEqualTo(ReferralStatus.REQUESTED);
    assertThat(transfer.flaggedOverdue()).isTrue();
    assertThat(last(transfer).at("/data/kind").asString()).isEqualTo("TRANSFER");
    assertThat(types(transfer)).containsExactly("TransferRequested", "ReferralOverdue");
  }

  @Test
  void acceptingATransferNamesTheNewOwnerAndEndsIt() {
    Referral transfer = ReferralFixtures.requested(ReferralFixtures.transferToSiemReap(), MARCH_14);

    transfer.accept(ReferralFixtures.SUPERVISOR_SR, LATER, DEADLINES, ENVELOPES);

    assertThat(transfer.status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(transfer.dueAt()).as("nothing left to do").isEmpty();
    assertThat(transfer.completeBy()).isEmpty();
    assertThat(types(transfer)).containsExactly("TransferRequested", "TransferAccepted");
    assertThat(last(transfer).at("/data/newOwnerAgency").asString()).isEqualTo("AG-DOSVY-SR");
    assertThat(transfer.passDeadline(MARCH_14.plus(Duration.ofDays(30)), ENVELOPES)).isFalse();
  }

  @Test
  void aTransferCanBeDeclinedButNeitherCompletedNorRevoked() {
    Referral transfer = ReferralFixtures.requested(ReferralFixtures.transferToSiemReap(), MARCH_14);

    assertThatThrownBy(() -> transfer.revoke(WORKER_SR, null, LATER, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class);
    transfer.decline(ReferralFixtures.SUPERVISOR_SR, DeclineReason.OUTSIDE_COVERAGE, null, LATER, ENVELOPES);
    assertThatThrownBy(
            () -> transfer.complete(OFFICER_HEALTH, CompletionOutcome.SERVICE_PROVIDED, null, LATER, ENVELOPES))
        .isInstanceOf(ReferralStateConflict.class);
    assertThat(types(transfer)).containsExactly("TransferRequested", "TransferDeclined");
  }

  @Test
  void eachSideIsOfferedOnlyItsOwnActions() {
    Referral referral = requested(Urgency.HIGH);
    Standing sender = new Standing(true, false);
    Standing receiver = new Standing(false, true);

    assertThat(sender.actionsOn(referral))
        .containsExactlyInAnyOrder(ReferralAction.REVOKE, ReferralAction.VIEW_SNAPSHOT);
    assertThat(receiver.actionsOn(referral))
        .containsExactlyInAnyOrder(ReferralAction.ACCEPT, ReferralAction.DECLINE, ReferralAction.VIEW_SNAPSHOT);
    assertThat(Standing.NONE.actionsOn(referral)).isEmpty();

    referral.revoke(WORKER_SR, null, LATER, ENVELOPES);
    assertThat(receiver.actionsOn(referral)).isEmpty();
    assertThat(receiver.seesCaseDetails(referral)).isFalse();
    assertThat(sender.seesCaseDetails(referral)).isTrue();
  }
}

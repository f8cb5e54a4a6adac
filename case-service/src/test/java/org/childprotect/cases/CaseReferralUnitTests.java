package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The case's rules for what the referral service announces: newer wins, transfers move the case. */
class CaseReferralUnitTests {

	private static final Instant REQUESTED = Instant.parse("2026-03-14T02:15:30Z");

	private static final Caller SUPERVISOR_OF_NEW_AGENCY = new Caller("sub-supervisor-mosvy", "supervisor.mosvy",
			Set.of(Caller.SUPERVISOR), Set.of("KH-PP"), "AG-MOSVY");

	private final ChildCase childCase = CaseFixtures.registeredBy(CaseFixtures.workerPp(),
			CaseFixtures.girlGroomedOnline());

	private final String referralId = UUID.randomUUID().toString();

	@Test
	void aNewerStateOfAReferralReplacesTheOlderOne() {
		assertThat(childCase.applyReferral(referral(0, CaseReferral.Status.REQUESTED)))
			.isEqualTo(CaseReferral.Effect.RECORDED);
		assertThat(childCase.applyReferral(referral(1, CaseReferral.Status.ACCEPTED)))
			.isEqualTo(CaseReferral.Effect.RECORDED);

		assertThat(childCase.referrals()).singleElement()
			.satisfies(held -> assertThat(held.status()).isEqualTo(CaseReferral.Status.ACCEPTED));
	}

	@Test
	void aRepeatOrAnOlderStateChangesNothing() {
		childCase.applyReferral(referral(2, CaseReferral.Status.COMPLETED));

		assertThat(childCase.applyReferral(referral(2, CaseReferral.Status.COMPLETED)))
			.isEqualTo(CaseReferral.Effect.UNCHANGED);
		assertThat(childCase.applyReferral(referral(1, CaseReferral.Status.ACCEPTED)))
			.isEqualTo(CaseReferral.Effect.UNCHANGED);
		assertThat(childCase.applyReferral(referral(0, CaseReferral.Status.REQUESTED)))
			.isEqualTo(CaseReferral.Effect.UNCHANGED);

		assertThat(childCase.referrals()).singleElement()
			.satisfies(held -> assertThat(held.status()).isEqualTo(CaseReferral.Status.COMPLETED));
	}

	@Test
	void everyReferralOfTheCaseIsKeptOldestRequestFirst() {
		String later = UUID.randomUUID().toString();
		childCase.applyReferral(referral(later, 0, CaseReferral.Status.REQUESTED, REQUESTED.plusSeconds(60)));
		childCase.applyReferral(referral(0, CaseReferral.Status.REQUESTED));

		assertThat(childCase.referrals()).extracting(CaseReferral::referralId).containsExactly(referralId, later);
	}

	@Test
	void anAcceptedTransferMovesTheCaseAndClearsTheWorker() {
		childCase.applyReferral(transfer(referralId, 0, CaseReferral.Status.REQUESTED, "AG-MOSVY", null));

		assertThat(childCase.ownerAgency()).as("a request moves nothing").isEqualTo("AG-DOSVY-PP");
		assertThat(childCase.applyReferral(
				transfer(referralId, 1, CaseReferral.Status.ACCEPTED, "AG-MOSVY", REQUESTED.plusSeconds(3600))))
			.isEqualTo(CaseReferral.Effect.OWNERSHIP_MOVED);

		assertThat(childCase.ownerAgency()).isEqualTo("AG-MOSVY");
		assertThat(childCase.assignedWorker()).isNull();
		assertThat(CaseScope.of(CaseFixtures.workerPp()).covers(childCase)).as("the old worker").isFalse();
		assertThat(CaseScope.of(CaseFixtures.supervisorPp()).covers(childCase)).as("the old supervisor").isFalse();
		assertThat(CaseScope.of(SUPERVISOR_OF_NEW_AGENCY).covers(childCase)).as("the new supervisor").isTrue();
	}

	@Test
	void aDeclinedTransferLeavesTheCaseWhereItWas() {
		childCase.applyReferral(transfer(referralId, 1, CaseReferral.Status.DECLINED, "AG-MOSVY", null));

		assertThat(childCase.ownerAgency()).isEqualTo("AG-DOSVY-PP");
		assertThat(childCase.assignedWorker()).isNotNull();
		assertThat(CaseScope.of(CaseFixtures.workerPp()).covers(childCase)).isTrue();
	}

	@Test
	void theLatestAcceptedTransferDecidesTheOwnerWhateverOrderTheyArriveIn() {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		CaseReferral toMinistry = transfer(first, 1, CaseReferral.Status.ACCEPTED, "AG-MOSVY",
				REQUESTED.plusSeconds(60));
		CaseReferral onToSiemReap = new CaseReferral(second, CaseReferral.Kind.TRANSFER, null, "AG-MOSVY",
				"AG-DOSVY-SR", "MEDIUM", CaseReferral.Status.ACCEPTED, false, "RECORDED_CONSENT",
				REQUESTED.plusSeconds(120), null, REQUESTED.plusSeconds(180), null, REQUESTED.plusSeconds(180), null,
				null, "AG-DOSVY-SR", 1);

		childCase.applyReferral(onToSiemReap);
		assertThat(childCase.applyReferral(toMinistry)).as("an older hand-over arriving late")
			.isEqualTo(CaseReferral.Effect.RECORDED);

		assertThat(childCase.ownerAgency()).isEqualTo("AG-DOSVY-SR");
	}

	@Test
	void theNewAgencysWorkerSeesTheCaseOnceAssigned() {
		Caller newWorker = new Caller("sub-worker-mosvy", "worker.mosvy", Set.of(Caller.SOCIAL_WORKER),
				Set.of("KH-PP"), "AG-MOSVY");
		childCase.applyReferral(
				transfer(referralId, 1, CaseReferral.Status.ACCEPTED, "AG-MOSVY", REQUESTED.plusSeconds(60)));
		assertThat(CaseScope.of(newWorker).covers(childCase)).isFalse();

		childCase.saved(1);
		childCase.assign(Worker.of(newWorker), new ChangeContext(Worker.of(SUPERVISOR_OF_NEW_AGENCY),
				CaseFixtures.REGISTRATION_TIME.plusDays(1), new CaseFixtures.RecordingEnvelopes()));

		assertThat(CaseScope.of(newWorker).covers(childCase)).isTrue();
	}

	private CaseReferral referral(long version, CaseReferral.Status status) {
		return referral(referralId, version, status, REQUESTED);
	}

	private static CaseReferral referral(String id, long version, CaseReferral.Status status, Instant requestedAt) {
		return new CaseReferral(id, CaseReferral.Kind.REFERRAL, "PSYCHOSOCIAL_SUPPORT", "AG-DOSVY-PP", "AG-HELPLINE",
				"HIGH", status, false, "RECORDED_CONSENT", requestedAt, requestedAt.plusSeconds(86400),
				status == CaseReferral.Status.REQUESTED ? null : requestedAt.plusSeconds(60), null, null, null, null,
				null, version);
	}

	private static CaseReferral transfer(String id, long version, CaseReferral.Status status, String to,
			@Nullable Instant acceptedAt) {
		return new CaseReferral(id, CaseReferral.Kind.TRANSFER, null, "AG-DOSVY-PP", to, "MEDIUM", status, false,
				"RECORDED_CONSENT", REQUESTED, REQUESTED.plusSeconds(3 * 86400), acceptedAt, null, acceptedAt, null,
				null, status == CaseReferral.Status.ACCEPTED ? to : null, version);
	}

}

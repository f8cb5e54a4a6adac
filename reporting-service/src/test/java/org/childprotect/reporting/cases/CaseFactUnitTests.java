package org.childprotect.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CaseFactUnitTests {

	private static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);

	private final UUID caseId = UUID.randomUUID();

	@Test
	void aRegistrationKeepsCodesABandAndADayButNoAge() {
		CaseFact fact = CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14));

		assertThat(fact.registration().district()).isEqualTo("KH-PP");
		assertThat(fact.registration().region()).isEqualTo("KH-PP-R");
		assertThat(fact.registration().ageBand()).isEqualTo("10-14");
		assertThat(fact.currentRisk()).isEqualTo("HIGH");
		assertThat(fact.stage().value()).isEqualTo("REGISTRATION");
		assertThat(fact.lastAppliedVersion()).isZero();
	}

	@Test
	void eventsArrivingOutOfOrderGiveTheSameFactAsInOrder() {
		RegisteredCase registered = CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14);
		ChangedRisk lowered = new ChangedRisk(caseId, 2, "LOW");
		AdvancedStage planned = new AdvancedStage(caseId, 3, "CASE_PLAN");
		ClosedCase closed = new ClosedCase(caseId, 7, LocalDate.of(2026, 5, 2), "CASE_PLAN_COMPLETED");

		CaseFact inOrder = CaseFixtures.factOf(caseId, registered, lowered, planned, closed);
		CaseFact reversed = CaseFixtures.factOf(caseId, closed, planned, lowered, registered);

		assertThat(reversed).isEqualTo(inOrder);
		assertThat(inOrder.currentRisk()).as("the registration is older than the risk change").isEqualTo("LOW");
		assertThat(inOrder.stage().value()).isEqualTo("CLOSED");
		assertThat(inOrder.isClosed()).isTrue();
	}

	@Test
	void aRedeliveredOrOlderEventChangesNothing() {
		CaseFact fact = CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14),
				new ChangedRisk(caseId, 3, "MEDIUM"));

		assertThat(CaseFixtures.apply(fact, new ChangedRisk(caseId, 3, "MEDIUM"))).isSameAs(fact);
		assertThat(CaseFixtures.apply(fact, new ChangedRisk(caseId, 2, "LOW"))).isSameAs(fact);
	}

	@Test
	void eventsOfOneSaveShareAVersionAndEachStillApplies() {
		CaseFact registered = CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14));

		CaseFact assessed = CaseFixtures.apply(registered,
				new CompletedAssessment(caseId, 1, MARCH_14.plusDays(1), "MEDIUM", null),
				new ChangedRisk(caseId, 1, "MEDIUM"), new AdvancedStage(caseId, 1, "CASE_PLAN"));

		assertThat(assessed.assessment().assessedOn()).isEqualTo(MARCH_14.plusDays(1));
		assertThat(assessed.currentRisk()).isEqualTo("MEDIUM");
		assertThat(assessed.stage().value()).isEqualTo("CASE_PLAN");
		assertThat(assessed.lastAppliedVersion()).isEqualTo(1);
	}

	@Test
	void theFirstAssessmentIsKeptWhicheverArrivesFirst() {
		CompletedAssessment first = new CompletedAssessment(caseId, 1, MARCH_14, "HIGH", true);
		CompletedAssessment afterReopening = new CompletedAssessment(caseId, 9, MARCH_14.plusMonths(3), "LOW", false);

		assertThat(CaseFixtures.factOf(caseId, first, afterReopening).assessment()).isEqualTo(
				CaseFixtures.factOf(caseId, afterReopening, first).assessment());
		assertThat(CaseFixtures.factOf(caseId, afterReopening, first).assessment().withinDeadline()).isTrue();
	}

	@Test
	void everyClosureIsKeptAndTheNewestOfClosureAndReopeningDecidesTheStatus() {
		CaseFact fact = CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14),
				new ClosedCase(caseId, 4, LocalDate.of(2026, 4, 1), "SAFE"),
				new ReopenedCase(caseId, 5, LocalDate.of(2026, 4, 20), "ASSESSMENT"));

		assertThat(fact.isClosed()).isFalse();
		assertThat(fact.stage().value()).isEqualTo("ASSESSMENT");
		CaseFact closedAgain = CaseFixtures.apply(fact, new ClosedCase(caseId, 8, LocalDate.of(2026, 6, 1), "MOVED"));
		assertThat(closedAgain.isClosed()).isTrue();
		assertThat(closedAgain.closures()).extracting(CaseFact.Closure::reason).containsExactly("SAFE", "MOVED");
		assertThat(CaseFixtures.apply(closedAgain, new ClosedCase(caseId, 8, LocalDate.of(2026, 6, 1), "MOVED")))
			.as("the same closure again").isSameAs(closedAgain);
	}

	@Test
	void consentsForStatisticsAreFollowedOneByOneAndOthersAreIgnored() {
		CaseFact fact = CaseFixtures.factOf(caseId, new ChangedConsent(caseId, 2,
				List.of(new ChangedConsent.Consent("c-1", "STATISTICS", true), new ChangedConsent.Consent("c-2",
						"REFERRAL", true))));

		assertThat(fact.hasActiveStatisticsConsent()).isTrue();
		assertThat(fact.statisticsConsents()).hasSize(1);
		assertThat(fact.statisticsConsents().get(0).token()).doesNotContain("c-1");
		CaseFact withdrawn = CaseFixtures.apply(fact,
				new ChangedConsent(caseId, 3, List.of(new ChangedConsent.Consent("c-1", "STATISTICS", false))));
		assertThat(withdrawn.hasActiveStatisticsConsent()).isFalse();
		CaseFact lateGrant = CaseFixtures.apply(withdrawn,
				new ChangedConsent(caseId, 2, List.of(new ChangedConsent.Consent("c-1", "STATISTICS", true))));
		assertThat(lateGrant.hasActiveStatisticsConsent()).as("an older grant after the withdrawal").isFalse();
	}

	@Test
	void aServiceIsFollowedByItsTokenToItsLatestStatus() {
		CaseFact fact = CaseFixtures.factOf(caseId,
				new RecordedService(caseId, 3, "svc-1", "MEDICAL_CARE", "PLANNED", null),
				new RecordedService(caseId, 5, "svc-1", "MEDICAL_CARE", CaseFact.DELIVERED, MARCH_14.plusDays(3)));

		assertThat(fact.services()).singleElement().satisfies(service -> {
			assertThat(service.status()).isEqualTo(CaseFact.DELIVERED);
			assertThat(service.deliveredOn()).isEqualTo(MARCH_14.plusDays(3));
			assertThat(service.token()).doesNotContain("svc-1");
		});
	}

	@Test
	void anAssignmentOnlyMovesTheVersionSeen() {
		CaseFact fact = CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14));

		CaseFact assigned = CaseFixtures.apply(fact, new AssignedCase(caseId, 4));

		assertThat(assigned.lastAppliedVersion()).isEqualTo(4);
		assertThat(assigned.registration()).isEqualTo(fact.registration());
		assertThat(CaseFixtures.apply(assigned, new AssignedCase(caseId, 4))).isSameAs(assigned);
	}

}

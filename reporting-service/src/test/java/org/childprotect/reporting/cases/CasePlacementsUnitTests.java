package org.childprotect.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.CubeView;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.cubes.Placement;
import org.junit.jupiter.api.Test;

class CasePlacementsUnitTests {

	private static final LocalDate MARCH_14 = LocalDate.of(2026, 3, 14);

	private final UUID caseId = UUID.randomUUID();

	private final CasePlacements placements = new CasePlacements(CaseFixtures.counting(Set.of()));

	@Test
	void aNewCaseIsCountedOnceInTheMonthItWasRegisteredAndOncePerConcern() {
		Set<Placement> placed = placements.of(registered());

		assertThat(in(placed, Cube.NEW_CASES.plain())).singleElement().satisfies(placement -> {
			assertThat(placement.cell().month()).isEqualTo(YearMonth.of(2026, 3));
			assertThat(placement.cell().values()).containsEntry(Dimension.DISTRICT, "KH-PP")
				.containsEntry(Dimension.REGION, "KH-PP-R")
				.containsEntry(Dimension.SEX, "FEMALE")
				.containsEntry(Dimension.AGE_BAND, "10-14")
				.containsEntry(Dimension.RISK, "HIGH")
				.containsEntry(Dimension.SOURCE, "DIRECT");
		});
		assertThat(in(placed, Cube.NEW_CASES.byConcern()))
			.extracting(placement -> placement.cell().values().get(Dimension.CONCERN))
			.containsExactlyInAnyOrder("NEGLECT", "CHILD_LABOUR");
	}

	@Test
	void aCaseWithoutARegistrationIsNotCountedYet() {
		CaseFact onlyRiskChange = CaseFixtures.factOf(caseId, new ChangedRisk(caseId, 3, "LOW"));

		assertThat(placements.of(onlyRiskChange)).isEmpty();
	}

	@Test
	void aConcernThatRequiresConsentKeepsItsCasesOutUntilConsentIsGivenAndAfterItIsWithdrawn() {
		CasePlacements strict = new CasePlacements(CaseFixtures.counting(Set.of("CHILD_LABOUR")));
		CaseFact fact = registered();

		assertThat(strict.of(fact)).isEmpty();
		CaseFact consented = CaseFixtures.apply(fact,
				new ChangedConsent(caseId, 2, List.of(new ChangedConsent.Consent("c", "STATISTICS", true))));
		assertThat(strict.of(consented)).isNotEmpty();
		CaseFact withdrawn = CaseFixtures.apply(consented,
				new ChangedConsent(caseId, 3, List.of(new ChangedConsent.Consent("c", "STATISTICS", false))));
		assertThat(strict.of(withdrawn)).isEmpty();
		assertThat(new CasePlacements(CaseFixtures.counting(Set.of("TRAFFICKING"))).of(fact))
			.as("other concerns need no consent")
			.isNotEmpty();
	}

	@Test
	void aHighRiskCaseAssessedOnTheDayAfterRegistrationMetADayLongDeadline() {
		CaseFact nextDay = CaseFixtures.apply(registered(),
				new CompletedAssessment(caseId, 1, MARCH_14.plusDays(1), null, null));
		CaseFact twoDaysLater = CaseFixtures.apply(registered(),
				new CompletedAssessment(caseId, 1, MARCH_14.plusDays(2), null, null));

		assertThat(in(placements.of(registered()), Cube.HIGH_RISK_REGISTERED.plain())).hasSize(1);
		assertThat(in(placements.of(registered()), Cube.HIGH_RISK_ASSESSED_IN_TIME.plain())).as("not yet").isEmpty();
		assertThat(in(placements.of(nextDay), Cube.HIGH_RISK_ASSESSED_IN_TIME.plain())).hasSize(1);
		assertThat(in(placements.of(twoDaysLater), Cube.HIGH_RISK_ASSESSED_IN_TIME.plain())).isEmpty();
	}

	@Test
	void theProducersVerdictOnTheDeadlineWinsOverTheDays() {
		CaseFact lateByTheClock = CaseFixtures.apply(registered(),
				new CompletedAssessment(caseId, 1, MARCH_14, null, false));

		assertThat(in(placements.of(lateByTheClock), Cube.HIGH_RISK_ASSESSED_IN_TIME.plain())).isEmpty();
	}

	@Test
	void closuresReopeningsAndDeliveredServicesAreCountedInTheirOwnMonths() {
		CaseFact fact = CaseFixtures.apply(registered(),
				new ClosedCase(caseId, 4, LocalDate.of(2026, 4, 30), "SAFE"),
				new ReopenedCase(caseId, 5, LocalDate.of(2026, 5, 2), "ASSESSMENT"),
				new RecordedService(caseId, 6, "s", "MEDICAL_CARE", CaseFact.DELIVERED, LocalDate.of(2026, 6, 1)),
				new RecordedService(caseId, 6, "t", "SHELTER", "PLANNED", null));
		Set<Placement> placed = placements.of(fact);

		assertThat(in(placed, Cube.CLOSURES.plain())).singleElement().satisfies(placement -> {
			assertThat(placement.cell().month()).isEqualTo(YearMonth.of(2026, 4));
			assertThat(placement.cell().values()).containsEntry(Dimension.CLOSURE_REASON, "SAFE");
			assertThat(placement.member()).startsWith(fact.key().member()).isNotEqualTo(fact.key().member());
		});
		assertThat(in(placed, Cube.REOPENINGS.plain())).singleElement()
			.satisfies(placement -> assertThat(placement.cell().month()).isEqualTo(YearMonth.of(2026, 5)));
		assertThat(in(placed, Cube.SERVICES_DELIVERED.plain())).singleElement()
			.satisfies(placement -> assertThat(placement.cell().values()).containsEntry(Dimension.SERVICE_TYPE,
					"MEDICAL_CARE"));
	}

	@Test
	void aRiskChangeMovesEveryCellOfTheCaseToTheNewRisk() {
		CaseFact lowered = CaseFixtures.apply(registered(), new ChangedRisk(caseId, 2, "LOW"));

		assertThat(placements.of(lowered)).filteredOn(placement -> placement.cell().values().containsKey(Dimension.RISK))
			.allSatisfy(placement -> assertThat(placement.cell().values()).containsEntry(Dimension.RISK, "LOW"));
		assertThat(in(placements.of(lowered), Cube.HIGH_RISK_REGISTERED.plain()))
			.as("still a case registered high-risk")
			.hasSize(1);
	}

	private CaseFact registered() {
		return CaseFixtures.factOf(caseId, CaseFixtures.highRiskGirlInPhnomPenh(caseId, 0, MARCH_14));
	}

	private static List<Placement> in(Set<Placement> placements, CubeView view) {
		return placements.stream().filter(placement -> placement.cell().view().equals(view)).toList();
	}

}

package org.childprotect.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.cubes.Placement;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReferralPlacementsUnitTests {

	private static final LocalDate REQUESTED = LocalDate.of(2026, 3, 14);

	@Test
	void aCompletedReferralIsMadeAcceptedAndAnsweredInTheMonthItWasRequested() {
		Set<Placement> placements = ReferralPlacements
			.of(fact("COMPLETED", REQUESTED.plusDays(2), LocalDate.of(2026, 4, 2), false));

		assertThat(cubes(placements)).containsExactlyInAnyOrder(Cube.REFERRALS_MADE, Cube.REFERRALS_ACCEPTED,
				Cube.REFERRALS_RESPONDED);
		assertThat(placements).allSatisfy(placement -> assertThat(placement.cell().month().toString())
			.isEqualTo("2026-03"));
		assertThat(responseDays(placements)).isEqualTo("2");
		assertThat(placements.iterator().next().cell().values()).containsEntry(Dimension.AGENCY_TYPE, "HEALTH")
			.containsEntry(Dimension.URGENCY, "HIGH")
			.containsEntry(Dimension.SERVICE_TYPE, "MEDICAL_CARE")
			.containsEntry(Dimension.REGION, "KH-NW");
	}

	@Test
	void aDeclineIsAnAnswerButNotAnAcceptance() {
		Set<Placement> placements = ReferralPlacements.of(fact("DECLINED", REQUESTED, null, false));

		assertThat(cubes(placements)).containsExactlyInAnyOrder(Cube.REFERRALS_MADE, Cube.REFERRALS_RESPONDED);
		assertThat(responseDays(placements)).isEqualTo("0");
	}

	@Test
	void anExpiredReferralWasMadeAndNeverAnswered() {
		assertThat(cubes(ReferralPlacements.of(fact("EXPIRED", null, null, false))))
			.containsExactly(Cube.REFERRALS_MADE);
	}

	@Test
	void anOverdueReferralIsCountedOverdueAndALongWaitIsOpenEnded() {
		Set<Placement> placements = ReferralPlacements.of(fact("ACCEPTED", REQUESTED.plusDays(45), null, true));

		assertThat(cubes(placements)).contains(Cube.REFERRALS_OVERDUE);
		assertThat(responseDays(placements)).isEqualTo("31+");
	}

	private static ReferralFact fact(String status, @Nullable LocalDate respondedOn, @Nullable LocalDate completedOn,
			boolean overdue) {
		return new ReferralFact("0123456789abcdef0123", 2, "KH-SR", "KH-NW", "MEDICAL_CARE", "HEALTH", "HIGH", status,
				REQUESTED, respondedOn, completedOn, completedOn == null ? null : "SERVICE_PROVIDED", overdue);
	}

	private static Set<Cube> cubes(Set<Placement> placements) {
		return placements.stream().map(placement -> placement.cell().view().cube()).collect(Collectors.toSet());
	}

	private static String responseDays(Set<Placement> placements) {
		Map<Dimension, String> values = placements.stream()
			.filter(placement -> placement.cell().view().cube() == Cube.REFERRALS_RESPONDED)
			.findFirst()
			.orElseThrow()
			.cell()
			.values();
		return values.get(Dimension.RESPONSE_DAYS);
	}

}

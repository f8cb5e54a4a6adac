package org.childprotect.reporting.referrals;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.Cell;
import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.cubes.Placement;
import org.childprotect.reporting.tables.DimensionValues;

/**
 * The cube cells a referral fact is counted in, a pure function of the fact. Every referral cube counts by the
 * month the referral was requested: of the referrals made in a period, how many were accepted, answered (and how
 * fast), overdue. A cohort, so that the figures of one period can be set against each other.
 */
final class ReferralPlacements {

	private ReferralPlacements() {
	}

	static Set<Placement> of(ReferralFact fact) {
		Map<Dimension, String> values = new EnumMap<>(Dimension.class);
		values.put(Dimension.REGION, fact.region());
		values.put(Dimension.DISTRICT, fact.district());
		values.put(Dimension.SERVICE_TYPE, fact.serviceType());
		values.put(Dimension.AGENCY_TYPE, fact.agencyType());
		values.put(Dimension.URGENCY, fact.urgency());
		YearMonth month = YearMonth.from(fact.requestedOn());
		String member = fact.member();
		Set<Placement> placements = new LinkedHashSet<>();
		placements.add(new Placement(new Cell(Cube.REFERRALS_MADE.plain(), month, values), member));
		if (fact.accepted()) {
			placements.add(new Placement(new Cell(Cube.REFERRALS_ACCEPTED.plain(), month, values), member));
		}
		if (fact.overdue()) {
			placements.add(new Placement(new Cell(Cube.REFERRALS_OVERDUE.plain(), month, values), member));
		}
		if (fact.respondedOn() != null) {
			Map<Dimension, String> answered = new EnumMap<>(values);
			answered.put(Dimension.RESPONSE_DAYS, DimensionValues
				.responseDaysOf(ChronoUnit.DAYS.between(fact.requestedOn(), fact.respondedOn())));
			placements.add(new Placement(new Cell(Cube.REFERRALS_RESPONDED.plain(), month, answered), member));
		}
		return placements;
	}

}

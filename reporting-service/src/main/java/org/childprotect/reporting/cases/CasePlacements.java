package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.Cell;
import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.CubeView;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.cubes.Placement;
import org.springframework.stereotype.Component;

/**
 * The cube cells a fact is counted in, derived from the fact alone. Because it is a pure function of the fact, the
 * cells a fact has to leave and join after an event are the difference between before and after, and a retry
 * derives the same cells again.
 */
@Component
public class CasePlacements {

	private final CountingRules rules;

	public CasePlacements(CountingRules rules) {
		this.rules = rules;
	}

	public Set<Placement> of(CaseFact fact) {
		CaseFact.Registration registration = fact.registration();
		if (registration == null || !rules.mayCount(fact)) {
			return Set.of();
		}
		Set<Placement> placements = new LinkedHashSet<>();
		Map<Dimension, String> base = new EnumMap<>(Dimension.class);
		base.put(Dimension.REGION, registration.region());
		base.put(Dimension.DISTRICT, registration.district());
		base.put(Dimension.SEX, registration.sex());
		base.put(Dimension.AGE_BAND, registration.ageBand());
		base.put(Dimension.RISK, fact.currentRisk());
		base.put(Dimension.SOURCE, registration.source());
		String member = fact.key().member();
		List<String> concerns = registration.concerns();

		place(placements, Cube.NEW_CASES, registration.registeredOn(), base, concerns, member);
		for (CaseFact.Closure closure : fact.closures()) {
			Map<Dimension, String> values = with(base, Dimension.CLOSURE_REASON, closure.reason());
			place(placements, Cube.CLOSURES, closure.closedOn(), values, concerns, member + "." + closure.version());
		}
		for (CaseFact.Reopening reopening : fact.reopenings()) {
			place(placements, Cube.REOPENINGS, reopening.reopenedOn(), base, concerns,
					member + "." + reopening.version());
		}
		if (CountingRules.HIGH.equals(registration.risk())) {
			place(placements, Cube.HIGH_RISK_REGISTERED, registration.registeredOn(), base, concerns, member);
			if (rules.assessedInTime(fact)) {
				place(placements, Cube.HIGH_RISK_ASSESSED_IN_TIME, registration.registeredOn(), base, concerns,
						member);
			}
		}
		for (CaseFact.Service service : fact.services()) {
			if (CaseFact.DELIVERED.equals(service.status()) && service.deliveredOn() != null) {
				Map<Dimension, String> values = with(base, Dimension.SERVICE_TYPE, service.serviceType());
				place(placements, Cube.SERVICES_DELIVERED, service.deliveredOn(), values, concerns,
						member + "." + service.token());
			}
		}
		return placements;
	}

	private static void place(Set<Placement> placements, Cube cube, LocalDate day, Map<Dimension, String> values,
			List<String> concerns, String member) {
		YearMonth month = YearMonth.from(day);
		placements.add(new Placement(new Cell(cube.plain(), month, values), member));
		CubeView byConcern = cube.byConcern();
		for (String concern : concerns) {
			placements.add(new Placement(new Cell(byConcern, month, with(values, Dimension.CONCERN, concern)), member));
		}
	}

	private static Map<Dimension, String> with(Map<Dimension, String> values, Dimension dimension, String value) {
		Map<Dimension, String> copy = new EnumMap<>(values);
		copy.put(dimension, value);
		return copy;
	}

}

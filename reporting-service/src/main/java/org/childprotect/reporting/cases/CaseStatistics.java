package org.childprotect.reporting.cases;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The aggregate tables served over the read model. This is the one place tables are assembled, so disclosure
 * control can later be applied to every table here before it leaves the service.
 */
@Service
public class CaseStatistics {

	private final CaseFacts facts;

	private final Clock clock;

	CaseStatistics(CaseFacts facts, ObjectProvider<Clock> clock) {
		this.facts = facts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public CasesByDistrict casesByDistrict() {
		List<DistrictCount> rows = facts.countByDistrict();
		long total = rows.stream().mapToLong(DistrictCount::count).sum();
		return new CasesByDistrict(rows, total, clock.instant());
	}

}

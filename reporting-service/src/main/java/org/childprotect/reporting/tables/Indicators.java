package org.childprotect.reporting.tables;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.childprotect.reporting.cubes.Dimension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The headline indicators of a period: each is a small table of its own, protected on its own, so that every
 * number here is one the table API would also publish.
 */
@Service
public class Indicators {

	/** Filters every indicator understands: the dimensions all case cubes share. */
	public static final Set<Dimension> FILTERS = Set.of(Dimension.REGION, Dimension.DISTRICT, Dimension.SEX,
			Dimension.AGE_BAND, Dimension.RISK, Dimension.SOURCE, Dimension.CONCERN);

	/** The filters the referral indicators understand: referral events carry the district, not the child's details. */
	public static final Set<Dimension> REFERRAL_FILTERS = Set.of(Dimension.REGION, Dimension.DISTRICT);

	static final String MEDIAN_DAYS_TO_REFERRAL_RESPONSE = "medianDaysToReferralResponse";

	private final AggregateTables tables;

	private final Clock clock;

	Indicators(AggregateTables tables, ObjectProvider<Clock> clock) {
		this.tables = tables;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public IndicatorSet of(List<Period> periods, Map<Dimension, Set<String>> filters) {
		filters.keySet().forEach(dimension -> {
			if (!FILTERS.contains(dimension)) {
				throw new InvalidTableRequest(dimension.field(), "indicators cannot be filtered by " + dimension.field());
			}
		});
		List<ReleasedTable> released = new ArrayList<>();
		List<IndicatorSet.Indicator> indicators = new ArrayList<>();
		indicators.add(single(Measure.NEW_CASES, periods, filters, released));
		indicators.add(single(Measure.OPEN_CASELOAD, periods, filters, released));
		indicators.add(breakdown(Measure.CLOSED_CASES, Dimension.CLOSURE_REASON, periods, filters, released));
		indicators.add(single(Measure.HIGH_RISK_ASSESSED_IN_TIME, periods, filters, released));
		indicators.add(breakdown(Measure.SERVICES_DELIVERED, Dimension.SERVICE_TYPE, periods, filters, released));
		if (REFERRAL_FILTERS.containsAll(filters.keySet())) {
			// Filtered by what referrals do not carry (sex, age band, ...), referral indicators are left out rather
			// than shown unfiltered beside filtered ones.
			indicators.add(breakdown(Measure.REFERRALS_MADE, Dimension.SERVICE_TYPE, periods, filters, released));
			indicators.add(breakdown(Measure.REFERRALS_ACCEPTED, Dimension.SERVICE_TYPE, periods, filters, released));
			indicators.add(breakdown(Measure.REFERRALS_OVERDUE, Dimension.SERVICE_TYPE, periods, filters, released));
			indicators.add(medianDaysToResponse(periods, filters, released));
		}
		StringJoiner hashes = new StringJoiner(",");
		released.forEach(table -> hashes.add(table.contentHash()));
		// The median is derived, not a cell of a released table: it must move the hash of the release by itself.
		indicators.stream()
			.filter(indicator -> indicator.code().equals(MEDIAN_DAYS_TO_REFERRAL_RESPONSE))
			.forEach(indicator -> hashes.add(indicator.code() + "=" + indicator.value().value()));
		int suppressed = released.stream().mapToInt(ReleasedTable::suppressedCells).sum();
		return new IndicatorSet(periods, filters, indicators, tables.policy(), suppressed,
				TableFingerprint.sha256(hashes.toString()), clock.instant());
	}

	private IndicatorSet.Indicator single(Measure measure, List<Period> periods, Map<Dimension, Set<String>> filters,
			List<ReleasedTable> released) {
		ReleasedTable table = tables.table(new TableRequest(measure, List.of(), List.of(), periods, filters));
		released.add(table);
		return new IndicatorSet.Indicator(measure.code(), table.cells().get(0).get(0), List.of());
	}

	/**
	 * The median number of days from request to answer of the referrals requested in the periods. Published only
	 * when the count of answered referrals it is the median of is published: a median over a suppressed count is
	 * suppressed too.
	 */
	private IndicatorSet.Indicator medianDaysToResponse(List<Period> periods, Map<Dimension, Set<String>> filters,
			List<ReleasedTable> released) {
		ReleasedTable answered = tables
			.table(new TableRequest(Measure.REFERRALS_RESPONDED, List.of(), List.of(), periods, filters));
		released.add(answered);
		return new IndicatorSet.Indicator(MEDIAN_DAYS_TO_REFERRAL_RESPONSE,
				tables.medianResponseDays(answered.cells().get(0).get(0), periods, filters), List.of());
	}

	private IndicatorSet.Indicator breakdown(Measure measure, Dimension by, List<Period> periods,
			Map<Dimension, Set<String>> filters, List<ReleasedTable> released) {
		ReleasedTable table = tables.table(new TableRequest(measure, List.of(by), List.of(), periods, filters));
		released.add(table);
		List<IndicatorSet.Part> parts = new ArrayList<>();
		for (int row = 0; row < table.rowKeys().size(); row++) {
			parts.add(new IndicatorSet.Part(table.rowKeys().get(row).get(0), table.cells().get(row).get(0)));
		}
		Figure total;
		if (table.columnTotals() != null) {
			total = table.columnTotals().get(0);
		}
		else if (table.rowKeys().size() == 1) {
			total = table.cells().get(0).get(0);
		}
		else {
			total = Figure.count(0L);
		}
		return new IndicatorSet.Indicator(measure.code(), total, parts);
	}

}

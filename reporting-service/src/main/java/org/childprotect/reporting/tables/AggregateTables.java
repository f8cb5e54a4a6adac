package org.childprotect.reporting.tables;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.CellCount;
import org.childprotect.reporting.cubes.Cube;
import org.childprotect.reporting.cubes.CubeCells;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.disclosure.DisclosurePolicy;
import org.childprotect.reporting.disclosure.UnprotectableTable;
import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.Generations;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Assembles aggregate tables from the cubes of the active generation. This is the one place tables are made, and
 * every table passes through disclosure control here before anything else sees it.
 */
@Service
public class AggregateTables {

	/** Beyond this many cells a table is refused: it would be a list of small numbers, not a statistic. */
	static final int MAX_CELLS = 20_000;

	private static final YearMonth BEGINNING = YearMonth.of(1, 1);

	private final Generations generations;

	private final CubeCells cells;

	private final DimensionValues values;

	private final DisclosurePolicy policy;

	private final Clock clock;

	AggregateTables(Generations generations, CubeCells cells, DimensionValues values, DisclosurePolicy policy,
			ObjectProvider<Clock> clock) {
		this.generations = generations;
		this.cells = cells;
		this.values = values;
		this.policy = policy;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public DisclosurePolicy policy() {
		return policy;
	}

	/**
	 * A protected table. A filtered table is cut from the protected table without the filters (the filtered
	 * dimensions spread out as columns), so that filtering never shows what the whole table hides.
	 */
	public ReleasedTable table(TableRequest request) {
		request.checkAxes();
		try {
			Map<Dimension, Set<String>> filters = values.withRegionsAsDistricts(request);
			if (filters.isEmpty()) {
				return protectedTable(request, Map.of());
			}
			TableRequest whole = new TableRequest(request.measure(), request.rows(), request.columns(),
					request.periods(), filters).whole();
			return TableSlice.of(protectedTable(whole, filters), request, filters, values::regionOf);
		}
		catch (UnprotectableTable tooSparse) {
			throw new InvalidTableRequest("columns", tooSparse.getMessage());
		}
	}

	private ReleasedTable protectedTable(TableRequest request, Map<Dimension, Set<String>> alsoShown) {
		Generation generation = generations.active();
		Measure measure = request.measure();
		Map<List<String>, Long> counts = counts(generation, measure.cube(), request, 1);
		Map<List<String>, Long> denominators = measure.kind() == Measure.Kind.RATE
				? counts(generation, measure.denominator(), request, 1) : Map.of();
		List<List<String>> rowKeys = keys(request.rows(), request, counts, denominators, 0, alsoShown);
		List<List<String>> columnKeys = keys(request.columns(), request, counts, denominators, request.rows().size(),
				alsoShown);
		if ((long) rowKeys.size() * columnKeys.size() > MAX_CELLS) {
			throw new InvalidTableRequest("columns", "the table would have more than " + MAX_CELLS + " cells");
		}
		@Nullable List<String> regionOfRow = request.rows().equals(List.of(Dimension.DISTRICT))
				? rowKeys.stream().map(key -> values.regionOf(key.get(0))).toList() : null;
		// A stock cannot be added up over periods: no totals across a period axis.
		boolean rowsAdd = measure.kind() != Measure.Kind.STOCK || !request.rows().contains(Dimension.PERIOD);
		boolean columnsAdd = measure.kind() != Measure.Kind.STOCK || !request.columns().contains(Dimension.PERIOD);
		boolean withRowTotals = columnKeys.size() > 1 && columnsAdd;
		boolean withColumnTotals = rowKeys.size() > 1 && rowsAdd;
		ProtectedMatrix protectedCounts = new ProtectedMatrix(matrix(counts, rowKeys, columnKeys), columnKeys.size(),
				regionOfRow, withRowTotals, withColumnTotals, policy);
		ProtectedMatrix protectedDenominators = measure.kind() == Measure.Kind.RATE
				? new ProtectedMatrix(matrix(denominators, rowKeys, columnKeys), columnKeys.size(), regionOfRow,
						withRowTotals, withColumnTotals, policy)
				: null;
		return assemble(request, rowKeys, columnKeys, regionOfRow, protectedCounts, protectedDenominators);
	}

	/**
	 * The lower median of the days answered referrals took, for the periods and filters, given the published count
	 * of those referrals: suppressed when that count is, no value when there is none. The last value of
	 * {@link DimensionValues#RESPONSE_DAYS} is open-ended and stands for its lower bound.
	 */
	Figure medianResponseDays(Figure answered, List<Period> periods, Map<Dimension, Set<String>> filters) {
		if (answered.suppressed()) {
			return Figure.count(null);
		}
		TableRequest byDays = new TableRequest(Measure.REFERRALS_RESPONDED, List.of(Dimension.RESPONSE_DAYS),
				List.of(), periods, filters);
		Map<List<String>, Long> counts = counts(generations.active(), Cube.REFERRALS_RESPONDED, byDays, 1);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long seen = 0;
		for (String days : DimensionValues.RESPONSE_DAYS) {
			seen += counts.getOrDefault(List.of(days), 0L);
			if (total > 0 && 2 * seen >= total) {
				return new Figure(Long.parseLong(days.replace("+", "")), false, null, null);
			}
		}
		return new Figure(null, false, null, null);
	}

	/**
	 * All registered cases per district, all time: the operational table of the first dashboard. Only districts
	 * with cases are listed, and the one published total is the sum over them.
	 */
	public CasesByDistrict casesByDistrict() {
		Generation generation = generations.active();
		List<CellCount> counts = cells.count(generation, Cube.NEW_CASES.plain(), BEGINNING, YearMonth.of(9999, 12),
				Map.of(), Set.of(Dimension.DISTRICT));
		List<CellCount> rows = new ArrayList<>(counts);
		rows.sort(Comparator.comparing(count -> count.key().get(Dimension.DISTRICT)));
		long[][] matrix = new long[rows.size()][1];
		for (int r = 0; r < rows.size(); r++) {
			matrix[r][0] = rows.get(r).count();
		}
		ProtectedMatrix protectedCounts = new ProtectedMatrix(matrix, 1, null, false, rows.size() > 1, policy);
		List<CasesByDistrict.Row> published = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			published.add(new CasesByDistrict.Row(rows.get(r).key().get(Dimension.DISTRICT), protectedCounts.cell(r, 0)));
		}
		Figure total = rows.size() > 1 ? protectedCounts.columnTotals().get(0)
				: (rows.isEmpty() ? Figure.count(0L) : protectedCounts.cell(0, 0));
		return new CasesByDistrict(published, total, policy, protectedCounts.suppressedCount(), clock.instant());
	}

	/**
	 * Counts by the request's axis values (rows then columns, periods as their codes), for one cube and sign. A
	 * stock adds up its cubes from the beginning to each period end.
	 */
	private Map<List<String>, Long> counts(Generation generation, Cube cube, TableRequest request, int sign) {
		if (request.measure().kind() == Measure.Kind.STOCK && cube == Cube.NEW_CASES) {
			Map<List<String>, Long> stock = new HashMap<>();
			addStock(stock, generation, Cube.NEW_CASES, request, 1);
			addStock(stock, generation, Cube.CLOSURES, request, -1);
			addStock(stock, generation, Cube.REOPENINGS, request, 1);
			return stock;
		}
		List<Period> periods = request.periods();
		YearMonth from = periods.stream().map(Period::first).min(Comparator.naturalOrder()).orElseThrow();
		YearMonth to = periods.stream().map(Period::last).max(Comparator.naturalOrder()).orElseThrow();
		Map<List<String>, Long> result = new HashMap<>();
		for (CellCount count : query(generation, cube, request, from, to)) {
			YearMonth month = YearMonth.parse(count.key().get(Dimension.PERIOD));
			periods.stream()
				.filter(period -> period.contains(month))
				.findFirst()
				.ifPresent(period -> result.merge(key(request, count.key(), period), sign * count.count(), Long::sum));
		}
		return result;
	}

	private void addStock(Map<List<String>, Long> stock, Generation generation, Cube cube, TableRequest request,
			int sign) {
		// Without a period axis the stock is the one at the end of the latest period asked for.
		List<Period> ends = request.onAxis(Dimension.PERIOD) ? request.periods()
				: List.of(request.periods().stream().max(Comparator.comparing(Period::last)).orElseThrow());
		YearMonth to = ends.stream().map(Period::last).max(Comparator.naturalOrder()).orElseThrow();
		for (CellCount count : query(generation, cube, request, BEGINNING, to)) {
			YearMonth month = YearMonth.parse(count.key().get(Dimension.PERIOD));
			for (Period end : ends) {
				if (!month.isAfter(end.last())) {
					stock.merge(key(request, count.key(), end), sign * count.count(), Long::sum);
				}
			}
		}
	}

	private List<CellCount> query(Generation generation, Cube cube, TableRequest request, YearMonth from,
			YearMonth to) {
		Set<Dimension> groupBy = EnumSet.of(Dimension.PERIOD);
		groupBy.addAll(request.rows());
		groupBy.addAll(request.columns());
		return cells.count(generation, cube.view(request.byConcern()), from, to, request.filters(), groupBy);
	}

	/** The axis values of a count: row dimensions then column dimensions, the period as the request's period. */
	private static List<String> key(TableRequest request, Map<Dimension, String> values, Period period) {
		List<String> key = new ArrayList<>(request.rows().size() + request.columns().size());
		for (Dimension dimension : request.rows()) {
			key.add(dimension == Dimension.PERIOD ? period.code() : values.get(dimension));
		}
		for (Dimension dimension : request.columns()) {
			key.add(dimension == Dimension.PERIOD ? period.code() : values.get(dimension));
		}
		return key;
	}

	/** Every combination of the shown values of the axis dimensions, the first dimension varying slowest. */
	private List<List<String>> keys(List<Dimension> axis, TableRequest request, Map<List<String>, Long> counts,
			Map<List<String>, Long> more, int offset, Map<Dimension, Set<String>> alsoShown) {
		List<List<String>> keys = new ArrayList<>();
		keys.add(List.of());
		for (int d = 0; d < axis.size(); d++) {
			Dimension dimension = axis.get(d);
			List<String> shown;
			if (dimension == Dimension.PERIOD) {
				shown = request.periods().stream().sorted().map(Period::code).toList();
			}
			else {
				Set<String> occurring = new LinkedHashSet<>();
				int position = offset + d;
				counts.keySet().forEach(key -> occurring.add(key.get(position)));
				more.keySet().forEach(key -> occurring.add(key.get(position)));
				// Filter values show up even where nothing occurs, so that a cut always finds its (zero) cells.
				occurring.addAll(alsoShown.getOrDefault(dimension, Set.of()));
				shown = values.shown(dimension, occurring, request);
			}
			List<List<String>> extended = new ArrayList<>();
			for (List<String> prefix : keys) {
				for (String value : shown) {
					List<String> key = new ArrayList<>(prefix);
					key.add(value);
					extended.add(List.copyOf(key));
				}
			}
			keys = extended;
			if ((long) keys.size() > MAX_CELLS) {
				throw new InvalidTableRequest("columns", "the table would have more than " + MAX_CELLS + " cells");
			}
		}
		return keys;
	}

	private static long[][] matrix(Map<List<String>, Long> counts, List<List<String>> rowKeys,
			List<List<String>> columnKeys) {
		long[][] matrix = new long[rowKeys.size()][columnKeys.size()];
		for (int r = 0; r < rowKeys.size(); r++) {
			for (int c = 0; c < columnKeys.size(); c++) {
				List<String> key = new ArrayList<>(rowKeys.get(r));
				key.addAll(columnKeys.get(c));
				// A stock could only go negative through inconsistent events; it is never published below zero.
				matrix[r][c] = Math.max(0, counts.getOrDefault(key, 0L));
			}
		}
		return matrix;
	}

	private ReleasedTable assemble(TableRequest request, List<List<String>> rowKeys, List<List<String>> columnKeys,
			@Nullable List<String> regionOfRow, ProtectedMatrix counts, @Nullable ProtectedMatrix denominators) {
		List<List<Figure>> figures = new ArrayList<>();
		for (int r = 0; r < counts.rows(); r++) {
			List<Figure> row = new ArrayList<>();
			for (int c = 0; c < counts.columns(); c++) {
				row.add(combine(counts.cell(r, c), denominators == null ? null : denominators.cell(r, c)));
			}
			figures.add(row);
		}
		List<ReleasedTable.RegionSubtotal> regions = new ArrayList<>();
		for (int g = 0; g < counts.regions().size(); g++) {
			regions.add(new ReleasedTable.RegionSubtotal(counts.regions().get(g),
					combine(counts.regionCells(g), denominators == null ? null : denominators.regionCells(g)),
					combine(counts.regionTotal(g), denominators == null ? null : denominators.regionTotal(g))));
		}
		int suppressed = counts.suppressedCount() + (denominators == null ? 0 : denominators.suppressedCount());
		return new ReleasedTable(request, rowKeys, columnKeys, figures,
				combine(counts.rowTotals(), denominators == null ? null : denominators.rowTotals()),
				combine(counts.columnTotals(), denominators == null ? null : denominators.columnTotals()),
				combine(counts.grandTotal(), denominators == null ? null : denominators.grandTotal()), regionOfRow,
				regions, policy,
				suppressed, clock.instant());
	}

	private static @Nullable Figure combine(@Nullable Figure count, @Nullable Figure denominator) {
		return denominator == null ? count : Figure.rate(count, denominator);
	}

	private static @Nullable List<Figure> combine(@Nullable List<Figure> counts, @Nullable List<Figure> denominators) {
		if (counts == null || denominators == null) {
			return counts;
		}
		List<Figure> combined = new ArrayList<>(counts.size());
		for (int i = 0; i < counts.size(); i++) {
			combined.add(Figure.rate(counts.get(i), denominators.get(i)));
		}
		return combined;
	}

}

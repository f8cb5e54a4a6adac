package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import org.childprotect.reporting.cubes.Dimension;

/**
 * A table as asked for: a measure, the dimensions of its rows and columns, the periods, and filters. The
 * constructor refuses what cannot be answered, naming the parameter at fault.
 */
public record TableRequest(Measure measure, List<Dimension> rows, List<Dimension> columns, List<Period> periods,
		Map<Dimension, Set<String>> filters) {

	/** Beyond this a table is a data dump, not a statistic. */
	static final int MAX_DIMENSIONS = 4;

	/**
	 * A filtered table is cut from the whole table with its filtered dimensions spread out, and that whole table is
	 * what gets protected: one filtered dimension more than the axes allow is kept affordable.
	 */
	static final int MAX_DIMENSIONS_WITH_FILTERS = 5;

	public TableRequest {
		Objects.requireNonNull(measure, "measure");
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		periods = List.copyOf(periods);
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> copy.put(dimension, Set.copyOf(new TreeSet<>(values))));
		filters = Map.copyOf(copy);
		validate(measure, rows, columns, periods, filters);
	}

	public static TableRequest of(Measure measure, List<Dimension> rows, List<Dimension> columns, List<Period> periods) {
		return new TableRequest(measure, rows, columns, periods, Map.of());
	}

	public boolean onAxis(Dimension dimension) {
		return rows.contains(dimension) || columns.contains(dimension);
	}

	/** Whether any part of the request needs the cube view by concern. */
	boolean byConcern() {
		return onAxis(Dimension.CONCERN) || filters.containsKey(Dimension.CONCERN);
	}

	/** The filtered dimensions that are on neither axis, in a fixed order. */
	List<Dimension> filteredOffAxis() {
		return filters.keySet().stream().filter(dimension -> !onAxis(dimension)).sorted().toList();
	}

	/**
	 * The same table without filters, with the filtered off-axis dimensions as the outermost columns: the table a
	 * filtered one is cut from, so that a filter can never show a figure the whole table hides.
	 */
	TableRequest whole() {
		List<Dimension> wideColumns = new ArrayList<>(filteredOffAxis());
		wideColumns.addAll(columns);
		return new TableRequest(measure, rows, wideColumns, periods, Map.of());
	}

	/**
	 * Refuses a request with more axis dimensions than a table may show. Checked on the request as asked, not in
	 * the constructor: the whole table a filtered one is cut from spreads the filters out as further axes.
	 */
	void checkAxes() {
		if (rows.size() + columns.size() > MAX_DIMENSIONS) {
			throw new InvalidTableRequest("columns", "at most " + MAX_DIMENSIONS + " dimensions per table");
		}
	}

	/** A canonical, stable text of the request, for the release log. */
	public String describe() {
		StringJoiner text = new StringJoiner(";");
		text.add("measure=" + measure.code());
		text.add("rows=" + String.join(",", rows.stream().map(Dimension::field).toList()));
		text.add("columns=" + String.join(",", columns.stream().map(Dimension::field).toList()));
		text.add("period=" + String.join(",", periods.stream().map(Period::code).toList()));
		filters.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(filter -> text.add(filter.getKey().field() + "=" + String.join(",", new TreeSet<>(filter.getValue()))));
		return text.toString();
	}

	private static void validate(Measure measure, List<Dimension> rows, List<Dimension> columns, List<Period> periods,
			Map<Dimension, Set<String>> filters) {
		if (periods.isEmpty()) {
			throw new InvalidTableRequest("period", "at least one period is needed");
		}
		for (int i = 0; i < periods.size(); i++) {
			for (int j = i + 1; j < periods.size(); j++) {
				if (periods.get(i).overlaps(periods.get(j))) {
					throw new InvalidTableRequest("period",
							periods.get(i).code() + " and " + periods.get(j).code() + " overlap");
				}
			}
		}
		Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
		List<Dimension> axes = new ArrayList<>(rows);
		axes.addAll(columns);
		for (Dimension dimension : axes) {
			if (!seen.add(dimension)) {
				throw new InvalidTableRequest(rows.contains(dimension) ? "rows" : "columns",
						dimension.field() + " is used twice");
			}
			if (!measure.allows(dimension)) {
				throw new InvalidTableRequest(rows.contains(dimension) ? "rows" : "columns",
						measure.code() + " cannot be broken down by " + dimension.field());
			}
		}
		long filteredOffAxis = filters.keySet().stream().filter(dimension -> !axes.contains(dimension)).count();
		if (axes.size() + filteredOffAxis > MAX_DIMENSIONS_WITH_FILTERS) {
			throw new InvalidTableRequest("columns",
					"at most " + MAX_DIMENSIONS_WITH_FILTERS + " dimensions per table, filtered ones included");
		}
		filters.forEach((dimension, values) -> {
			if (dimension == Dimension.PERIOD) {
				throw new InvalidTableRequest("period", "periods are chosen with the period parameter");
			}
			if (!measure.allows(dimension)) {
				throw new InvalidTableRequest(dimension.field(),
						measure.code() + " cannot be filtered by " + dimension.field());
			}
			if (values.isEmpty()) {
				throw new InvalidTableRequest(dimension.field(), "needs at least one value");
			}
			if (dimension == Dimension.CONCERN && values.size() > 1) {
				// A case with two of the concerns would be counted twice.
				throw new InvalidTableRequest(dimension.field(),
						"filter by one concern at a time, or break down by concern");
			}
		});
	}

}

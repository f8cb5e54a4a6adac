package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.childprotect.reporting.cubes.Dimension;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a filtered table out of the protected whole table it belongs to. Every cell of the cut is a cell of the
 * whole (or the sum of several, when a filter takes several values of a dimension that is not shown), so a filter
 * can never reveal a figure the whole table hides. Its totals are sums of its figures: published when all their
 * parts are (anyone could add them up), suppressed when any part is.
 */
final class TableSlice {

	private TableSlice() {
	}

	/**
	 * @param whole the protected table of {@link TableRequest#whole()}: the off-axis filtered dimensions are its
	 * outermost columns
	 * @param asked the request as the caller made it, for the response
	 * @param filters the filters to cut with (a region filter may have become a district filter)
	 */
	static ReleasedTable of(ReleasedTable whole, TableRequest asked, Map<Dimension, Set<String>> filters,
			Function<String, String> regionOf) {
		TableRequest request = whole.request();
		int hidden = whole.request().columns().size() - asked.columns().size();
		List<Dimension> wideColumns = request.columns();
		List<Integer> rows = new ArrayList<>();
		for (int r = 0; r < whole.rowKeys().size(); r++) {
			if (kept(whole.rowKeys().get(r), request.rows(), filters)) {
				rows.add(r);
			}
		}
		Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
		for (int c = 0; c < whole.columnKeys().size(); c++) {
			List<String> key = whole.columnKeys().get(c);
			if (kept(key, wideColumns, filters)) {
				groups.computeIfAbsent(List.copyOf(key.subList(hidden, key.size())), shown -> new ArrayList<>()).add(c);
			}
		}
		List<List<String>> columnKeys = new ArrayList<>(groups.keySet());
		List<List<Figure>> cells = new ArrayList<>();
		for (int r : rows) {
			List<Figure> row = new ArrayList<>();
			for (List<Integer> columns : groups.values()) {
				List<Figure> parts = new ArrayList<>();
				columns.forEach(c -> parts.add(whole.cells().get(r).get(c)));
				row.add(sum(parts));
			}
			cells.add(row);
		}
		Measure measure = asked.measure();
		boolean rowsAdd = measure.kind() != Measure.Kind.STOCK || !asked.rows().contains(Dimension.PERIOD);
		boolean columnsAdd = measure.kind() != Measure.Kind.STOCK || !asked.columns().contains(Dimension.PERIOD);
		List<Figure> rowTotals = columnKeys.size() > 1 && columnsAdd ? cells.stream().map(TableSlice::sum).toList()
				: null;
		List<Figure> columnTotals = rows.size() > 1 && rowsAdd ? columnSums(cells, columnKeys.size(), null) : null;
		Figure grand = rowTotals != null && columnTotals != null ? sum(columnTotals) : null;
		List<String> rowRegions = null;
		List<ReleasedTable.RegionSubtotal> regions = new ArrayList<>();
		if (asked.rows().equals(List.of(Dimension.DISTRICT))) {
			rowRegions = rows.stream().map(r -> regionOf.apply(whole.rowKeys().get(r).get(0))).toList();
			if (columnTotals != null) {
				Map<String, List<Integer>> byRegion = new TreeMap<>();
				for (int i = 0; i < rows.size(); i++) {
					byRegion.computeIfAbsent(rowRegions.get(i), region -> new ArrayList<>()).add(i);
				}
				for (Map.Entry<String, List<Integer>> region : byRegion.entrySet()) {
					List<Figure> regionCells = columnSums(cells, columnKeys.size(), region.getValue());
					regions.add(new ReleasedTable.RegionSubtotal(region.getKey(), regionCells,
							rowTotals != null ? sum(regionCells) : null));
				}
			}
		}
		List<List<String>> rowKeys = rows.stream().map(r -> whole.rowKeys().get(r)).toList();
		ReleasedTable cut = new ReleasedTable(asked, rowKeys, columnKeys, cells, rowTotals, columnTotals, grand,
				rowRegions, regions, whole.policy(), 0, whole.generatedAt());
		return new ReleasedTable(asked, rowKeys, columnKeys, cells, rowTotals, columnTotals, grand, rowRegions, regions,
				whole.policy(), suppressed(cut), whole.generatedAt());
	}

	private static boolean kept(List<String> key, List<Dimension> dimensions, Map<Dimension, Set<String>> filters) {
		for (int d = 0; d < dimensions.size(); d++) {
			Set<String> allowed = filters.get(dimensions.get(d));
			if (allowed != null && !allowed.contains(key.get(d))) {
				return false;
			}
		}
		return true;
	}

	private static List<Figure> columnSums(List<List<Figure>> cells, int columns, @Nullable List<Integer> rows) {
		List<Figure> sums = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			List<Figure> parts = new ArrayList<>();
			for (int r = 0; r < cells.size(); r++) {
				if (rows == null || rows.contains(r)) {
					parts.add(cells.get(r).get(c));
				}
			}
			sums.add(sum(parts));
		}
		return sums;
	}

	/** The sum of figures: suppressed if any part is; for rates, numerators and denominators are summed. */
	static Figure sum(List<Figure> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		if (!parts.isEmpty() && parts.get(0).numerator() != null) {
			return Figure.rate(sum(parts.stream().map(Figure::numerator).toList()),
					sum(parts.stream().map(Figure::denominator).toList()));
		}
		long total = 0;
		for (Figure part : parts) {
			if (part.suppressed()) {
				return Figure.count(null);
			}
			total += part.value() == null ? 0 : part.value().longValue();
		}
		return Figure.count(total);
	}

	private static int suppressed(ReleasedTable table) {
		int count = 0;
		List<Figure> all = new ArrayList<>();
		table.cells().forEach(all::addAll);
		if (table.rowTotals() != null) {
			all.addAll(table.rowTotals());
		}
		if (table.columnTotals() != null) {
			all.addAll(table.columnTotals());
		}
		if (table.grandTotal() != null) {
			all.add(table.grandTotal());
		}
		for (ReleasedTable.RegionSubtotal region : table.regionSubtotals()) {
			all.addAll(region.cells());
			if (region.total() != null) {
				all.add(region.total());
			}
		}
		for (Figure figure : all) {
			if (figure.suppressed() || (figure.numerator() != null && figure.numerator().suppressed())) {
				count++;
			}
		}
		return count;
	}

}

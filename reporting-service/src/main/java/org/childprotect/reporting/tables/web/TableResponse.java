package org.childprotect.reporting.tables.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.Figure;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.ReleasedTable;
import org.jspecify.annotations.Nullable;

/** The body of {@code GET /api/reports/tables}: keys, figures and totals, all after disclosure control. */
record TableResponse(String measure, List<String> periods, List<String> rowDimensions,
		List<String> columnDimensions, Map<String, List<String>> filters, List<List<String>> rowKeys,
		List<List<String>> columnKeys, List<List<FigureBody>> cells, @Nullable List<FigureBody> rowTotals,
		@Nullable List<FigureBody> columnTotals, @Nullable FigureBody grandTotal, @Nullable List<String> rowRegions,
		List<RegionRow> regionSubtotals,
		DisclosureBody disclosure, String contentHash, Instant generatedAt) {

	record RegionRow(String region, List<FigureBody> cells, @Nullable FigureBody total) {
	}

	static TableResponse of(ReleasedTable table) {
		Map<String, List<String>> filters = new TreeMap<>();
		table.request().filters().forEach((dimension, values) -> filters.put(dimension.field(), List.copyOf(new TreeSet<>(values))));
		return new TableResponse(table.request().measure().code(),
				table.request().periods().stream().map(Period::code).toList(), names(table.request().rows()),
				names(table.request().columns()), filters, table.rowKeys(), table.columnKeys(),
				table.cells().stream().map(TableResponse::bodies).toList(), bodies(table.rowTotals()),
				bodies(table.columnTotals()), FigureBody.of(table.grandTotal()), table.rowRegions(),
				table.regionSubtotals()
					.stream()
					.map(region -> new RegionRow(region.region(), bodies(region.cells()), FigureBody.of(region.total())))
					.toList(),
				DisclosureBody.of(table.policy(), table.suppressedCells()), table.contentHash(), table.generatedAt());
	}

	private static List<String> names(List<Dimension> dimensions) {
		return dimensions.stream().map(Dimension::field).toList();
	}

	private static List<FigureBody> bodies(@Nullable List<Figure> figures) {
		return figures == null ? null : figures.stream().map(FigureBody::of).toList();
	}

}

package org.childprotect.reporting.tables.web;

import java.util.ArrayList;
import java.util.List;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.Figure;
import org.childprotect.reporting.tables.Measure;
import org.childprotect.reporting.tables.ReleasedTable;
import org.jspecify.annotations.Nullable;

/**
 * A released table as CSV, one line per figure: the row and column dimension values ({@value #ALL} where a total
 * spans a dimension), then {@code value} and {@code status}. A suppressed figure has an empty value and the status
 * {@code suppressed}, never a 0; rates add their numerator and denominator.
 */
final class TableCsv {

	static final String ALL = "ALL";

	private TableCsv() {
	}

	static String of(ReleasedTable table) {
		List<Dimension> rows = table.request().rows();
		List<Dimension> columns = table.request().columns();
		boolean rate = table.request().measure().kind() == Measure.Kind.RATE;
		boolean regions = !table.regionSubtotals().isEmpty();
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>();
		if (regions) {
			header.add("region");
		}
		rows.forEach(dimension -> header.add(dimension.field()));
		columns.forEach(dimension -> header.add(dimension.field()));
		header.add("value");
		header.add("status");
		if (rate) {
			header.add("numerator");
			header.add("denominator");
		}
		line(csv, header);
		for (int r = 0; r < table.rowKeys().size(); r++) {
			List<String> rowKey = table.rowKeys().get(r);
			String region = regions ? regionOf(table, r) : null;
			for (int c = 0; c < table.columnKeys().size(); c++) {
				figure(csv, region, rowKey, table.columnKeys().get(c), table.cells().get(r).get(c), rate);
			}
			if (table.rowTotals() != null) {
				figure(csv, region, rowKey, all(columns.size()), table.rowTotals().get(r), rate);
			}
		}
		for (ReleasedTable.RegionSubtotal subtotal : table.regionSubtotals()) {
			for (int c = 0; c < table.columnKeys().size(); c++) {
				figure(csv, subtotal.region(), all(rows.size()), table.columnKeys().get(c), subtotal.cells().get(c),
						rate);
			}
			if (subtotal.total() != null) {
				figure(csv, subtotal.region(), all(rows.size()), all(columns.size()), subtotal.total(), rate);
			}
		}
		if (table.columnTotals() != null) {
			for (int c = 0; c < table.columnKeys().size(); c++) {
				figure(csv, regions ? ALL : null, all(rows.size()), table.columnKeys().get(c),
						table.columnTotals().get(c), rate);
			}
		}
		if (table.grandTotal() != null) {
			figure(csv, regions ? ALL : null, all(rows.size()), all(columns.size()), table.grandTotal(), rate);
		}
		return csv.toString();
	}

	private static String regionOf(ReleasedTable table, int row) {
		return table.rowRegions() == null ? "" : table.rowRegions().get(row);
	}

	private static void figure(StringBuilder csv, @Nullable String region, List<String> rowKey, List<String> columnKey,
			Figure figure, boolean rate) {
		List<String> fields = new ArrayList<>();
		if (region != null) {
			fields.add(region);
		}
		fields.addAll(rowKey);
		fields.addAll(columnKey);
		fields.add(value(figure));
		fields.add(figure.suppressed() ? "suppressed" : (figure.value() == null ? "not-applicable" : "published"));
		if (rate) {
			fields.add(figure.numerator() == null ? "" : value(figure.numerator()));
			fields.add(figure.denominator() == null ? "" : value(figure.denominator()));
		}
		line(csv, fields);
	}

	private static String value(Figure figure) {
		return figure.value() == null ? "" : String.valueOf(figure.value());
	}

	private static List<String> all(int count) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			values.add(ALL);
		}
		return values;
	}

	private static void line(StringBuilder csv, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(quoted(fields.get(i)));
		}
		csv.append("\r\n");
	}

	/** RFC 4180 quoting, and a leading quote mark for anything a spreadsheet would run as a formula. */
	private static String quoted(String field) {
		String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?\\d+(\\.\\d+)?")
				? "'" + field : field;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}

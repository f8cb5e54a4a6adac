package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.childprotect.reporting.disclosure.Disclosed;
import org.childprotect.reporting.disclosure.DisclosureControl;
import org.childprotect.reporting.disclosure.DisclosurePolicy;
import org.childprotect.reporting.disclosure.LinkedTable;
import org.jspecify.annotations.Nullable;

/**
 * A matrix of counts with the totals that will be published beside it, protected as one linked table: row totals,
 * column totals, region subtotals (when the rows are districts) and the grand total all take part, because a reader
 * can subtract from any of them.
 */
final class ProtectedMatrix {

	private final int rows;

	private final int columns;

	private final int[][] cell;

	private final int @Nullable [] rowTotal;

	private final int @Nullable [] columnTotal;

	private final int grandTotal;

	private final List<String> regions;

	private final int[][] regionCell;

	private final int @Nullable [] regionTotal;

	private final Disclosed disclosed;

	/**
	 * @param regionOfRow the region of each row, when the rows are districts; null for no hierarchy
	 * @param withRowTotals whether row totals are published (more than one column, and columns add up)
	 * @param withColumnTotals whether column totals are published (more than one row, and rows add up)
	 */
	ProtectedMatrix(long[][] counts, int columns, @Nullable List<String> regionOfRow, boolean withRowTotals,
			boolean withColumnTotals, DisclosurePolicy policy) {
		this.rows = counts.length;
		this.columns = columns;
		LinkedTable.Builder table = LinkedTable.builder();
		cell = new int[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cell[r][c] = table.cell(counts[r][c]);
			}
		}
		rowTotal = withRowTotals ? new int[rows] : null;
		if (rowTotal != null) {
			for (int r = 0; r < rows; r++) {
				rowTotal[r] = table.total(sum(counts[r]));
				table.equation(rowTotal[r], cell[r]);
			}
		}
		Map<String, List<Integer>> rowsOfRegion = new LinkedHashMap<>();
		if (regionOfRow != null && withColumnTotals) {
			List<String> sorted = regionOfRow.stream().distinct().sorted().toList();
			sorted.forEach(region -> rowsOfRegion.put(region, new ArrayList<>()));
			for (int r = 0; r < rows; r++) {
				rowsOfRegion.get(regionOfRow.get(r)).add(r);
			}
		}
		regions = List.copyOf(rowsOfRegion.keySet());
		regionCell = new int[regions.size()][columns];
		columnTotal = withColumnTotals ? new int[columns] : null;
		if (columnTotal != null) {
			for (int c = 0; c < columns; c++) {
				long columnSum = 0;
				for (int r = 0; r < rows; r++) {
					columnSum += counts[r][c];
				}
				if (regions.isEmpty()) {
					columnTotal[c] = table.total(columnSum);
					table.equation(columnTotal[c], column(cell, c, allRows()));
				}
				else {
					for (int g = 0; g < regions.size(); g++) {
						List<Integer> members = rowsOfRegion.get(regions.get(g));
						int column = c;
						long regionSum = members.stream().mapToLong(r -> counts[r][column]).sum();
						regionCell[g][c] = table.total(regionSum);
						table.equation(regionCell[g][c], column(cell, c, members));
					}
					columnTotal[c] = table.total(columnSum);
					table.equation(columnTotal[c], column(regionCell, c, indices(regions.size())));
				}
			}
		}
		regionTotal = (rowTotal != null && columnTotal != null && !regions.isEmpty()) ? new int[regions.size()] : null;
		if (regionTotal != null) {
			for (int g = 0; g < regions.size(); g++) {
				List<Integer> members = rowsOfRegion.get(regions.get(g));
				long regionSum = members.stream().mapToLong(r -> sum(counts[r])).sum();
				regionTotal[g] = table.total(regionSum);
				table.equation(regionTotal[g], members.stream().mapToInt(r -> rowTotal[r]).toArray());
				table.equation(regionTotal[g], regionCell[g]);
			}
		}
		if (rowTotal != null && columnTotal != null) {
			long all = 0;
			for (long[] row : counts) {
				all += sum(row);
			}
			grandTotal = table.total(all);
			table.equation(grandTotal, columnTotal);
			table.equation(grandTotal, regionTotal != null ? regionTotal : rowTotal);
		}
		else {
			grandTotal = -1;
		}
		disclosed = DisclosureControl.protect(table.build(), policy);
	}

	Figure cell(int row, int column) {
		return figure(cell[row][column]);
	}

	@Nullable List<Figure> rowTotals() {
		return rowTotal == null ? null : figures(rowTotal);
	}

	@Nullable List<Figure> columnTotals() {
		return columnTotal == null ? null : figures(columnTotal);
	}

	@Nullable Figure grandTotal() {
		return grandTotal < 0 ? null : figure(grandTotal);
	}

	List<String> regions() {
		return regions;
	}

	List<Figure> regionCells(int region) {
		return figures(regionCell[region]);
	}

	@Nullable Figure regionTotal(int region) {
		return regionTotal == null ? null : figure(regionTotal[region]);
	}

	int suppressedCount() {
		return disclosed.suppressedCount();
	}

	int rows() {
		return rows;
	}

	int columns() {
		return columns;
	}

	private Figure figure(int index) {
		return Figure.count(disclosed.value(index));
	}

	private List<Figure> figures(int[] indices) {
		List<Figure> figures = new ArrayList<>(indices.length);
		for (int index : indices) {
			figures.add(figure(index));
		}
		return figures;
	}

	private List<Integer> allRows() {
		return indices(rows);
	}

	private static List<Integer> indices(int count) {
		List<Integer> indices = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			indices.add(i);
		}
		return indices;
	}

	private static int[] column(int[][] matrix, int column, List<Integer> rows) {
		return rows.stream().mapToInt(r -> matrix[r][column]).toArray();
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}

}

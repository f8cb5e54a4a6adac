package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.List;

import org.childprotect.reporting.disclosure.DisclosureMode;
import org.childprotect.reporting.disclosure.DisclosurePolicy;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A reader who wants the suppressed figures of a published table back. It knows how the table is built (cells add
 * up to row totals, districts to regions, regions to column totals, totals to the grand total), every published
 * figure, that counts are never negative and that a suppressed count is never zero (zeros are always published);
 * in rounding mode it knows the rounding rule. With all that it solves two linear programmes per suppressed figure,
 * for the smallest
 * and the largest value the figure can have. Written independently of the suppression algorithm on purpose (and of
 * its linear algebra: it optimises over the whole table with Commons Math's simplex, not the service's own).
 */
final class TableAttacker {

	/** The range a suppressed figure can take; {@code max} is infinite when nothing bounds it. */
	record Range(double min, double max) {

		double width() {
			return max - min;
		}

	}

	private final ProtectedMatrix table;

	private final int rows;

	private final int columns;

	private final List<String> regionOfRow;

	private final DisclosurePolicy policy;

	private final List<Figure> figures = new ArrayList<>();

	private final List<long[]> trueValues = new ArrayList<>();

	private final List<double[]> equations = new ArrayList<>();

	private int[][] cell;

	TableAttacker(ProtectedMatrix table, long[][] counts, List<String> regionOfRow, DisclosurePolicy policy) {
		this.table = table;
		this.rows = counts.length;
		this.columns = counts[0].length;
		this.regionOfRow = regionOfRow;
		this.policy = policy;
		build(counts);
	}

	int figureCount() {
		return figures.size();
	}

	Figure figure(int index) {
		return figures.get(index);
	}

	long trueValue(int index) {
		return trueValues.get(index)[0];
	}

	Range range(int index) {
		return new Range(optimise(index, false), optimise(index, true));
	}

	private void build(long[][] counts) {
		cell = new int[rows][columns];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				cell[r][c] = add(table.cell(r, c), counts[r][c]);
			}
		}
		List<Figure> rowTotals = table.rowTotals();
		int[] rowTotal = null;
		if (rowTotals != null) {
			rowTotal = new int[rows];
			for (int r = 0; r < rows; r++) {
				rowTotal[r] = add(rowTotals.get(r), sum(counts[r]));
				equation(rowTotal[r], cell[r]);
			}
		}
		List<Figure> columnTotals = table.columnTotals();
		if (columnTotals == null) {
			return;
		}
		int[] columnTotal = new int[columns];
		for (int c = 0; c < columns; c++) {
			long sum = 0;
			for (int r = 0; r < rows; r++) {
				sum += counts[r][c];
			}
			columnTotal[c] = add(columnTotals.get(c), sum);
		}
		List<String> regions = table.regions();
		int[][] regionCell = new int[regions.size()][columns];
		int[] regionTotal = new int[regions.size()];
		for (int g = 0; g < regions.size(); g++) {
			List<Figure> published = table.regionCells(g);
			for (int c = 0; c < columns; c++) {
				long sum = 0;
				List<Integer> members = new ArrayList<>();
				for (int r = 0; r < rows; r++) {
					if (regionOfRow.get(r).equals(regions.get(g))) {
						sum += counts[r][c];
						members.add(cell[r][c]);
					}
				}
				regionCell[g][c] = add(published.get(c), sum);
				equation(regionCell[g][c], members.stream().mapToInt(Integer::intValue).toArray());
			}
			if (table.regionTotal(g) != null) {
				long sum = 0;
				List<Integer> members = new ArrayList<>();
				for (int r = 0; r < rows; r++) {
					if (regionOfRow.get(r).equals(regions.get(g))) {
						sum += sum(counts[r]);
						members.add(rowTotal[r]);
					}
				}
				regionTotal[g] = add(table.regionTotal(g), sum);
				equation(regionTotal[g], members.stream().mapToInt(Integer::intValue).toArray());
				equation(regionTotal[g], regionCell[g]);
			}
		}
		for (int c = 0; c < columns; c++) {
			if (regions.isEmpty()) {
				int[] members = new int[rows];
				for (int r = 0; r < rows; r++) {
					members[r] = cell[r][c];
				}
				equation(columnTotal[c], members);
			}
			else {
				int[] members = new int[regions.size()];
				for (int g = 0; g < regions.size(); g++) {
					members[g] = regionCell[g][c];
				}
				equation(columnTotal[c], members);
			}
		}
		if (table.grandTotal() != null) {
			long all = 0;
			for (long[] row : counts) {
				all += sum(row);
			}
			int grand = add(table.grandTotal(), all);
			equation(grand, columnTotal);
			equation(grand, rowTotal);
		}
	}

	private int add(Figure figure, long value) {
		figures.add(figure);
		trueValues.add(new long[] { value });
		return figures.size() - 1;
	}

	/** Remembers {@code total = sum(members)}; coefficients are filled in once the number of figures is known. */
	private void equation(int total, int[] members) {
		double[] coefficients = new double[1 + members.length];
		coefficients[0] = total;
		for (int i = 0; i < members.length; i++) {
			coefficients[i + 1] = members[i];
		}
		equations.add(coefficients);
	}

	private double optimise(int target, boolean maximise) {
		int n = figures.size();
		List<LinearConstraint> constraints = new ArrayList<>();
		for (double[] equation : equations) {
			double[] row = new double[n];
			row[(int) equation[0]] -= 1;
			for (int i = 1; i < equation.length; i++) {
				row[(int) equation[i]] += 1;
			}
			constraints.add(new LinearConstraint(row, Relationship.EQ, 0));
		}
		int base = policy.roundingBase();
		for (int i = 0; i < n; i++) {
			double[] unit = new double[n];
			unit[i] = 1;
			Figure figure = figures.get(i);
			if (figure.suppressed()) {
				// Zeros are always published, so a hidden count is at least one.
				constraints.add(new LinearConstraint(unit, Relationship.GEQ, 1));
			}
			else if (policy.mode() == DisclosureMode.ROUND && figure.value().longValue() > 0) {
				long published = figure.value().longValue();
				constraints.add(new LinearConstraint(unit, Relationship.GEQ, published == base ? 1 : published - base / 2));
				constraints.add(new LinearConstraint(unit, Relationship.LEQ, published + (base - 1) / 2));
			}
			else {
				constraints.add(new LinearConstraint(unit, Relationship.EQ, figure.value().doubleValue()));
			}
		}
		double[] objective = new double[n];
		objective[target] = 1;
		try {
			return new SimplexSolver()
				.optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
						new LinearConstraintSet(constraints), maximise ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
						new NonNegativeConstraint(true))
				.getValue();
		}
		catch (UnboundedSolutionException nothingBoundsIt) {
			return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
		}
	}

	private static long sum(long[] values) {
		long sum = 0;
		for (long value : values) {
			sum += value;
		}
		return sum;
	}

}

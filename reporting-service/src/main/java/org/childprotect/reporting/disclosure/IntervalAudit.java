package org.childprotect.reporting.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.childprotect.reporting.disclosure.LinkedTable.Equation;

/**
 * Checks suppressed cells against a reader who knows more than the equations: that counts are never negative, and
 * that a suppressed count is never zero (zeros are always published). Against that reader a cell the equations
 * leave open can still be pinned: two hidden cells of a row whose hidden part is 2 must both be 1. For each
 * suppressed cell the audit solves for the smallest and largest value it can have given every published cell, and
 * reports the cells whose range is narrower than one.
 * <p>
 * A point found while widening one cell often moves others by a whole unit as well; those count as safe without a
 * programme of their own, which keeps the audit to a few programmes per table.
 */
final class IntervalAudit {

	private static final double UNIT = 1 - 1e-6;

	private IntervalAudit() {
	}

	static BitSet narrowCells(LinkedTable table, boolean[] suppressed) {
		int[] variableOf = new int[table.size()];
		List<Integer> cells = new ArrayList<>();
		for (int cell = 0; cell < table.size(); cell++) {
			variableOf[cell] = suppressed[cell] ? cells.size() : -1;
			if (suppressed[cell]) {
				cells.add(cell);
			}
		}
		int n = cells.size();
		// The variables are y = x - 1 >= 0: every suppressed count is at least one.
		LinearProgramme programme = new LinearProgramme(n);
		for (Equation equation : table.equations()) {
			double[] row = new double[n];
			double published = 0;
			boolean involved = false;
			for (int member : equation.members()) {
				if (variableOf[member] >= 0) {
					row[variableOf[member]] += 1;
					published -= 1;
					involved = true;
				}
				else {
					published -= table.value(member);
				}
			}
			int total = equation.total();
			if (variableOf[total] >= 0) {
				row[variableOf[total]] -= 1;
				published += 1;
				involved = true;
			}
			else {
				published += table.value(total);
			}
			if (involved) {
				programme.equal(row, published);
			}
		}
		double[] truth = new double[n];
		for (int v = 0; v < n; v++) {
			truth[v] = table.value(cells.get(v)) - 1.0;
		}
		boolean[] safe = new boolean[n];
		for (int v = 0; v < n; v++) {
			if (safe[v]) {
				continue;
			}
			double[] objective = new double[n];
			objective[v] = 1;
			LinearProgramme.Solution highest = programme.maximise(objective);
			if (highest.unbounded()) {
				safe[v] = true;
				continue;
			}
			certify(highest.point(), truth, safe);
			if (!safe[v]) {
				LinearProgramme.Solution lowest = programme.minimise(objective);
				certify(lowest.point(), truth, safe);
				safe[v] = highest.value() - lowest.value() >= UNIT;
			}
		}
		BitSet narrow = new BitSet();
		for (int v = 0; v < n; v++) {
			if (!safe[v]) {
				narrow.set(cells.get(v));
			}
		}
		return narrow;
	}

	/** Cells this feasible point puts a whole unit away from their true value can take two values. */
	private static void certify(double[] point, double[] truth, boolean[] safe) {
		for (int v = 0; v < point.length; v++) {
			if (Math.abs(point[v] - truth[v]) >= UNIT) {
				safe[v] = true;
			}
		}
	}

}

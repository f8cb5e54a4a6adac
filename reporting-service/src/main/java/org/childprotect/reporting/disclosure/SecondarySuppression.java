package org.childprotect.reporting.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.childprotect.reporting.disclosure.LinkedTable.Equation;

/**
 * Primary and secondary cell suppression.
 * <p>
 * Primary: every count from 1 to k-1 is suppressed. Secondary: more cells are suppressed until no suppressed cell is
 * determined by the published cells and totals. Two rules get there:
 * <ol>
 * <li>an equation (a total and its members) must never hold exactly one suppressed cell, or that cell is the total
 * minus the others; the cheapest other cell of it is suppressed;</li>
 * <li>that rule alone does not catch every combination (in a table with totals a suppressed cell can be fixed by
 * adding and subtracting several equations), so the linear system of all equations is then solved for the
 * suppressed cells, and for each cell it determines, one more cell near it is suppressed. This repeats until the
 * system determines none.</li>
 * <li>a reader also knows that counts are never negative and that a suppressed count is never zero (zeros are
 * published); with that, a cell the equations leave open can still be pinned (two hidden cells summing to 2 are
 * both 1). An {@link IntervalAudit} solves for the range of every suppressed cell, and one more cell is suppressed
 * near each whose range is narrower than one.</li>
 * </ol>
 * Only non-zero cells are chosen as secondary cells. Once every non-zero cell is suppressed, every range is
 * unbounded (doubling all hidden cells still fits the published zeros), so the loop always ends.
 */
final class SecondarySuppression {

	/** Beyond this many suppressed cells the interval audit would take too long for a request. */
	static final int MAX_AUDITED = 400;

	private SecondarySuppression() {
	}

	private static int count(boolean[] flags) {
		int count = 0;
		for (boolean flag : flags) {
			if (flag) {
				count++;
			}
		}
		return count;
	}

	static boolean[] suppress(LinkedTable table, DisclosurePolicy policy) {
		int size = table.size();
		boolean[] suppressed = new boolean[size];
		boolean any = false;
		for (int cell = 0; cell < size; cell++) {
			if (policy.isSmall(table.value(cell))) {
				suppressed[cell] = true;
				any = true;
			}
		}
		if (!any) {
			return suppressed;
		}
		List<int[]> equations = table.equations().stream().map(Equation::cells).toList();
		List<List<Integer>> equationsOfCell = equationsOfCell(size, equations);
		while (true) {
			if (suppressLoneCells(table, equations, suppressed)) {
				continue;
			}
			BitSet determined = LinearDeterminacy.determinedCells(table, suppressed);
			if (determined.isEmpty()) {
				if (count(suppressed) > MAX_AUDITED) {
					throw new UnprotectableTable(MAX_AUDITED);
				}
				determined = IntervalAudit.narrowCells(table, suppressed);
				if (determined.isEmpty()) {
					return suppressed;
				}
			}
			boolean added = false;
			for (int cell = determined.nextSetBit(0); cell >= 0; cell = determined.nextSetBit(cell + 1)) {
				int partner = cheapestNear(cell, table, equations, equationsOfCell, suppressed);
				if (partner >= 0) {
					suppressed[partner] = true;
					added = true;
				}
			}
			if (!added) {
				// Cannot happen: once every non-zero cell is suppressed, all equations are homogeneous and a positive
				// cell cannot be determined by them. Stop rather than loop if the reasoning were ever wrong.
				throw new IllegalStateException("secondary suppression found no cell to add");
			}
		}
	}

	/** Rule 1; true if a cell was added. */
	private static boolean suppressLoneCells(LinkedTable table, List<int[]> equations, boolean[] suppressed) {
		boolean changed = false;
		for (int[] cells : equations) {
			int count = 0;
			for (int cell : cells) {
				if (suppressed[cell]) {
					count++;
				}
			}
			if (count == 1) {
				int partner = cheapest(cells, table, suppressed);
				if (partner >= 0) {
					suppressed[partner] = true;
					changed = true;
				}
			}
		}
		return changed;
	}

	/**
	 * The cell whose loss costs readers least: the smallest non-zero count, a member before a total (a total is
	 * usually the figure people look for), then the first by position, so that the same table is always protected
	 * the same way.
	 */
	private static int cheapest(int[] cells, LinkedTable table, boolean[] suppressed) {
		int best = -1;
		for (int cell : cells) {
			if (suppressed[cell] || table.value(cell) == 0) {
				continue;
			}
			if (best < 0 || cheaper(cell, best, table)) {
				best = cell;
			}
		}
		return best;
	}

	private static boolean cheaper(int cell, int than, LinkedTable table) {
		if (table.value(cell) != table.value(than)) {
			return table.value(cell) < table.value(than);
		}
		if (table.isTotal(cell) != table.isTotal(than)) {
			return !table.isTotal(cell);
		}
		return cell < than;
	}

	/** The cheapest cell in the equations of {@code start}, else in the equations of their cells, and so on. */
	private static int cheapestNear(int start, LinkedTable table, List<int[]> equations,
			List<List<Integer>> equationsOfCell, boolean[] suppressed) {
		boolean[] seenEquation = new boolean[equations.size()];
		boolean[] seenCell = new boolean[table.size()];
		Deque<Integer> frontier = new ArrayDeque<>();
		frontier.add(start);
		seenCell[start] = true;
		while (!frontier.isEmpty()) {
			List<Integer> ring = new ArrayList<>(frontier);
			frontier.clear();
			List<Integer> candidates = new ArrayList<>();
			for (int cell : ring) {
				for (int equation : equationsOfCell.get(cell)) {
					if (seenEquation[equation]) {
						continue;
					}
					seenEquation[equation] = true;
					for (int other : equations.get(equation)) {
						if (!seenCell[other]) {
							seenCell[other] = true;
							frontier.add(other);
							candidates.add(other);
						}
					}
				}
			}
			int best = cheapest(candidates.stream().mapToInt(Integer::intValue).toArray(), table, suppressed);
			if (best >= 0) {
				return best;
			}
		}
		return -1;
	}

	private static List<List<Integer>> equationsOfCell(int size, List<int[]> equations) {
		List<List<Integer>> result = new ArrayList<>(size);
		for (int cell = 0; cell < size; cell++) {
			result.add(new ArrayList<>(2));
		}
		for (int equation = 0; equation < equations.size(); equation++) {
			for (int cell : equations.get(equation)) {
				result.get(cell).add(equation);
			}
		}
		return result;
	}

}

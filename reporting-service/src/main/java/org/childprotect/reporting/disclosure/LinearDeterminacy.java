package org.childprotect.reporting.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.childprotect.reporting.disclosure.LinkedTable.Equation;

/**
 * Which suppressed cells a reader could compute from the published cells by adding and subtracting equations.
 * <p>
 * The published cells of each equation are moved to its right-hand side; what remains is a linear system in the
 * suppressed cells. A suppressed cell is determined exactly when it is a pivot of the reduced row echelon form whose
 * row involves no free cell. Arithmetic is modulo the prime 2^31-1, which keeps it exact and fast: a cell the
 * rational system determines is also determined modulo the prime (the coefficients that combine the equations
 * into it have tiny denominators, never that prime), so the check never misses a computable cell.
 */
final class LinearDeterminacy {

	static final long PRIME = 2_147_483_647L;

	private LinearDeterminacy() {
	}

	static BitSet determinedCells(LinkedTable table, boolean[] suppressed) {
		int[] column = new int[table.size()];
		List<Integer> cells = new ArrayList<>();
		for (int cell = 0; cell < table.size(); cell++) {
			column[cell] = suppressed[cell] ? cells.size() : -1;
			if (suppressed[cell]) {
				cells.add(cell);
			}
		}
		int unknowns = cells.size();
		List<long[]> rows = new ArrayList<>();
		for (Equation equation : table.equations()) {
			long[] row = new long[unknowns];
			boolean involvesUnknown = false;
			for (int member : equation.members()) {
				if (column[member] >= 0) {
					row[column[member]] = add(row[column[member]], 1);
					involvesUnknown = true;
				}
			}
			if (column[equation.total()] >= 0) {
				row[column[equation.total()]] = add(row[column[equation.total()]], PRIME - 1);
				involvesUnknown = true;
			}
			if (involvesUnknown) {
				rows.add(row);
			}
		}
		int[] pivotColumnOfRow = reduce(rows, unknowns);
		boolean[] isPivot = new boolean[unknowns];
		for (int pivotColumn : pivotColumnOfRow) {
			isPivot[pivotColumn] = true;
		}
		BitSet determined = new BitSet();
		for (int r = 0; r < pivotColumnOfRow.length; r++) {
			long[] row = rows.get(r);
			boolean dependsOnFreeCell = false;
			for (int c = 0; c < unknowns && !dependsOnFreeCell; c++) {
				dependsOnFreeCell = !isPivot[c] && row[c] != 0;
			}
			if (!dependsOnFreeCell) {
				determined.set(cells.get(pivotColumnOfRow[r]));
			}
		}
		return determined;
	}

	/** Gauss-Jordan elimination in place; returns the pivot column of each of the first rank rows. */
	private static int[] reduce(List<long[]> rows, int columns) {
		int rank = 0;
		int[] pivots = new int[Math.min(rows.size(), columns)];
		for (int c = 0; c < columns && rank < rows.size(); c++) {
			int pivotRow = -1;
			for (int r = rank; r < rows.size(); r++) {
				if (rows.get(r)[c] != 0) {
					pivotRow = r;
					break;
				}
			}
			if (pivotRow < 0) {
				continue;
			}
			long[] pivot = rows.get(pivotRow);
			rows.set(pivotRow, rows.get(rank));
			rows.set(rank, pivot);
			long inverse = inverse(pivot[c]);
			for (int j = c; j < columns; j++) {
				pivot[j] = multiply(pivot[j], inverse);
			}
			for (int r = 0; r < rows.size(); r++) {
				long[] row = rows.get(r);
				if (r == rank || row[c] == 0) {
					continue;
				}
				long factor = row[c];
				for (int j = c; j < columns; j++) {
					if (pivot[j] != 0) {
						row[j] = add(row[j], PRIME - multiply(factor, pivot[j]));
					}
				}
			}
			pivots[rank++] = c;
		}
		int[] result = new int[rank];
		System.arraycopy(pivots, 0, result, 0, rank);
		return result;
	}

	private static long add(long a, long b) {
		long sum = a + b;
		return sum >= PRIME ? sum - PRIME : sum;
	}

	private static long multiply(long a, long b) {
		return (a * b) % PRIME;
	}

	private static long inverse(long a) {
		// Fermat: a^(p-2) is the inverse of a modulo a prime p.
		long result = 1;
		long base = a;
		for (long exponent = PRIME - 2; exponent > 0; exponent >>= 1) {
			if ((exponent & 1) == 1) {
				result = multiply(result, base);
			}
			base = multiply(base, base);
		}
		return result;
	}

}

package org.childprotect.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A small linear programme over non-negative variables, solved by a textbook two-phase simplex (dense tableau,
 * Bland's rule, so it cannot cycle on the degenerate programmes tables give). Meant for the few dozen variables of
 * a table's suppressed cells; it checks the point it returns against every constraint.
 */
public final class LinearProgramme {

	private static final double EPSILON = 1e-9;

	private static final double TOLERANCE = 1e-6;

	private static final int AT_MOST = -1;

	private static final int EQUAL = 0;

	private static final int AT_LEAST = 1;

	/** The optimum and a point reaching it; unbounded programmes have no point. */
	public record Solution(double value, double[] point, boolean unbounded) {
	}

	private record Constraint(double[] coefficients, int relation, double bound) {
	}

	private final int variables;

	private final List<Constraint> constraints = new ArrayList<>();

	public LinearProgramme(int variables) {
		this.variables = variables;
	}

	public LinearProgramme equal(double[] coefficients, double bound) {
		return add(coefficients, EQUAL, bound);
	}

	public LinearProgramme atLeast(double[] coefficients, double bound) {
		return add(coefficients, AT_LEAST, bound);
	}

	public LinearProgramme atMost(double[] coefficients, double bound) {
		return add(coefficients, AT_MOST, bound);
	}

	public Solution maximise(double[] objective) {
		return solve(objective);
	}

	public Solution minimise(double[] objective) {
		double[] negated = new double[objective.length];
		for (int i = 0; i < objective.length; i++) {
			negated[i] = -objective[i];
		}
		Solution solution = solve(negated);
		return new Solution(-solution.value(), solution.point(), solution.unbounded());
	}

	private LinearProgramme add(double[] coefficients, int relation, double bound) {
		if (coefficients.length != variables) {
			throw new IllegalArgumentException("a constraint needs " + variables + " coefficients");
		}
		constraints.add(new Constraint(coefficients.clone(), relation, bound));
		return this;
	}

	private Solution solve(double[] objective) {
		int m = constraints.size();
		int slacks = (int) constraints.stream().filter(constraint -> constraint.relation() != EQUAL).count();
		int structural = variables + slacks;
		int columns = structural + m;
		double[][] tableau = new double[m][columns + 1];
		int slack = variables;
		for (int i = 0; i < m; i++) {
			Constraint constraint = constraints.get(i);
			System.arraycopy(constraint.coefficients(), 0, tableau[i], 0, variables);
			if (constraint.relation() != EQUAL) {
				tableau[i][slack++] = constraint.relation() == AT_MOST ? 1 : -1;
			}
			tableau[i][columns] = constraint.bound();
			if (tableau[i][columns] < 0) {
				for (int j = 0; j <= columns; j++) {
					tableau[i][j] = -tableau[i][j];
				}
			}
			tableau[i][structural + i] = 1;
		}
		int[] basis = new int[m];
		for (int i = 0; i < m; i++) {
			basis[i] = structural + i;
		}
		double[] phaseOne = new double[columns];
		for (int i = 0; i < m; i++) {
			phaseOne[structural + i] = -1;
		}
		iterate(tableau, basis, phaseOne, columns);
		double infeasibility = 0;
		for (int i = 0; i < m; i++) {
			if (basis[i] >= structural) {
				infeasibility += tableau[i][columns];
			}
		}
		if (infeasibility > TOLERANCE) {
			throw new IllegalArgumentException("the linear programme has no solution");
		}
		for (int i = 0; i < m; i++) {
			if (basis[i] >= structural) {
				for (int j = 0; j < structural; j++) {
					if (Math.abs(tableau[i][j]) > EPSILON) {
						pivot(tableau, basis, i, j, columns);
						break;
					}
				}
			}
		}
		double[] phaseTwo = new double[columns];
		System.arraycopy(objective, 0, phaseTwo, 0, variables);
		for (int j = structural; j < columns; j++) {
			// Artificial columns may never re-enter.
			phaseTwo[j] = Double.NEGATIVE_INFINITY;
		}
		if (!iterate(tableau, basis, phaseTwo, columns)) {
			return new Solution(Double.POSITIVE_INFINITY, new double[0], true);
		}
		double[] x = new double[variables];
		for (int i = 0; i < m; i++) {
			if (basis[i] < variables) {
				x[basis[i]] = tableau[i][columns];
			}
		}
		check(x);
		double value = 0;
		for (int j = 0; j < variables; j++) {
			value += objective[j] * x[j];
		}
		return new Solution(value, x, false);
	}

	/** Maximises {@code cost . x}; false if unbounded. */
	private static boolean iterate(double[][] tableau, int[] basis, double[] cost, int columns) {
		int m = tableau.length;
		boolean[] basic = new boolean[columns];
		for (int b : basis) {
			basic[b] = true;
		}
		for (int iteration = 0; iteration < 1_000_000; iteration++) {
			int entering = -1;
			for (int j = 0; j < columns && entering < 0; j++) {
				if (cost[j] == Double.NEGATIVE_INFINITY || basic[j]) {
					continue;
				}
				double reduced = cost[j];
				for (int i = 0; i < m; i++) {
					double basisCost = cost[basis[i]] == Double.NEGATIVE_INFINITY ? 0 : cost[basis[i]];
					reduced -= basisCost * tableau[i][j];
				}
				if (reduced > EPSILON) {
					entering = j;
				}
			}
			if (entering < 0) {
				return true;
			}
			int leaving = -1;
			double best = Double.POSITIVE_INFINITY;
			for (int i = 0; i < m; i++) {
				if (tableau[i][entering] > EPSILON) {
					double ratio = tableau[i][columns] / tableau[i][entering];
					if (ratio < best - EPSILON || (Math.abs(ratio - best) <= EPSILON && basis[i] < basis[leaving])) {
						best = ratio;
						leaving = i;
					}
				}
			}
			if (leaving < 0) {
				return false;
			}
			basic[basis[leaving]] = false;
			pivot(tableau, basis, leaving, entering, columns);
			basic[entering] = true;
		}
		throw new IllegalStateException("the simplex did not finish");
	}

	private static void pivot(double[][] tableau, int[] basis, int row, int column, int columns) {
		double[] pivotRow = tableau[row];
		double pivot = pivotRow[column];
		for (int j = 0; j <= columns; j++) {
			pivotRow[j] /= pivot;
		}
		for (int i = 0; i < tableau.length; i++) {
			double factor = tableau[i][column];
			if (i != row && factor != 0) {
				double[] target = tableau[i];
				for (int j = 0; j <= columns; j++) {
					if (pivotRow[j] != 0) {
						target[j] -= factor * pivotRow[j];
					}
				}
			}
		}
		basis[row] = column;
	}

	private void check(double[] x) {
		for (double value : x) {
			if (value < -TOLERANCE) {
				throw new IllegalStateException("the simplex returned a negative value");
			}
		}
		for (Constraint constraint : constraints) {
			double lhs = 0;
			for (int j = 0; j < variables; j++) {
				lhs += constraint.coefficients()[j] * x[j];
			}
			double gap = lhs - constraint.bound();
			boolean kept = switch (constraint.relation()) {
				case AT_MOST -> gap <= TOLERANCE;
				case AT_LEAST -> gap >= -TOLERANCE;
				default -> Math.abs(gap) <= TOLERANCE;
			};
			if (!kept) {
				throw new IllegalStateException("the simplex returned a point that breaks a constraint");
			}
		}
	}

}

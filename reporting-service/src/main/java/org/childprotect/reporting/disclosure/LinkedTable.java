package org.childprotect.reporting.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts published together, and the sums that tie them: each {@link Equation} says that one cell (a row, column,
 * region or grand total) is the sum of others. Disclosure control has to consider exactly these sums, because they
 * are what a reader can subtract from.
 */
public final class LinkedTable {

	/** {@code total = sum of members}, by cell index. */
	public record Equation(int total, int[] members) {

		public Equation {
			members = members.clone();
		}

		@Override
		public int[] members() {
			return members.clone();
		}

		int[] cells() {
			int[] cells = Arrays.copyOf(members, members.length + 1);
			cells[members.length] = total;
			return cells;
		}

	}

	private final long[] values;

	private final boolean[] totals;

	private final List<Equation> equations;

	private LinkedTable(long[] values, boolean[] totals, List<Equation> equations) {
		this.values = values;
		this.totals = totals;
		this.equations = List.copyOf(equations);
	}

	public static Builder builder() {
		return new Builder();
	}

	public int size() {
		return values.length;
	}

	public long value(int cell) {
		return values[cell];
	}

	public boolean isTotal(int cell) {
		return totals[cell];
	}

	public List<Equation> equations() {
		return equations;
	}

	public static final class Builder {

		private long[] values = new long[16];

		private boolean[] totals = new boolean[16];

		private int size;

		private final List<Equation> equations = new ArrayList<>();

		private Builder() {
		}

		/** Adds a count that readers see as it is (not a sum of other cells in this table). */
		public int cell(long value) {
			return add(value, false);
		}

		/** Adds a published sum; tie it to its members with {@link #equation}. */
		public int total(long value) {
			return add(value, true);
		}

		public Builder equation(int total, int... members) {
			long sum = 0;
			for (int member : members) {
				checkIndex(member);
				sum += values[member];
			}
			checkIndex(total);
			if (sum != values[total]) {
				throw new IllegalArgumentException("cell " + total + " is " + values[total] + ", its members sum to " + sum);
			}
			equations.add(new Equation(total, members));
			return this;
		}

		public LinkedTable build() {
			return new LinkedTable(Arrays.copyOf(values, size), Arrays.copyOf(totals, size), equations);
		}

		private int add(long value, boolean total) {
			if (value < 0) {
				throw new IllegalArgumentException("a count cannot be negative");
			}
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
				totals = Arrays.copyOf(totals, size * 2);
			}
			values[size] = value;
			totals[size] = total;
			return size++;
		}

		private void checkIndex(int cell) {
			if (cell < 0 || cell >= size) {
				throw new IndexOutOfBoundsException("no cell " + cell);
			}
		}

	}

}

package org.childprotect.reporting.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.childprotect.reporting.disclosure.DisclosurePolicy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * On random tables of the shapes the API publishes (cells, row totals, column totals, region subtotals, grand
 * total), a reader with every published figure, the table's structure, and the knowledge that counts are never
 * negative and hidden counts never zero, cannot work out any suppressed figure: each can still take at least two
 * values. Counts are drawn mostly small, where suppression bites.
 */
class DisclosurePropertyTests {

	/** A table as drawn: counts, the region of each row (or none), and the policy. */
	record Drawn(long[][] counts, List<String> regionOfRow, boolean withRegions, DisclosurePolicy policy) {

		ProtectedMatrix protect() {
			int rows = counts.length;
			int columns = counts[0].length;
			return new ProtectedMatrix(counts, columns, withRegions ? regionOfRow : null, columns > 1, rows > 1,
					policy);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(policy + (withRegions ? " regions " + regionOfRow : "") + "\n");
			for (long[] row : counts) {
				text.append(Arrays.toString(row)).append('\n');
			}
			return text.toString();
		}

	}

	@Property(tries = 300)
	void noSuppressedFigureCanBeWorkedOutFromThePublishedOnes(@ForAll("suppressedTables") Drawn drawn) {
		ProtectedMatrix table = drawn.protect();
		TableAttacker attacker = new TableAttacker(table, drawn.counts(), drawn.regionOfRow(), drawn.policy());

		for (int i = 0; i < attacker.figureCount(); i++) {
			Figure figure = attacker.figure(i);
			if (figure.suppressed()) {
				TableAttacker.Range range = attacker.range(i);
				assertThat(range.width()).as("figure %d (true value %d) of\n%s", i, attacker.trueValue(i), drawn)
					.isGreaterThanOrEqualTo(1.0 - 1e-6);
			}
		}
	}

	@Property(tries = 300)
	void publishedFiguresAreExactAndNoSmallCountIsPublished(@ForAll("suppressedTables") Drawn drawn) {
		ProtectedMatrix table = drawn.protect();
		TableAttacker attacker = new TableAttacker(table, drawn.counts(), drawn.regionOfRow(), drawn.policy());

		for (int i = 0; i < attacker.figureCount(); i++) {
			Figure figure = attacker.figure(i);
			long value = attacker.trueValue(i);
			if (value > 0 && value < drawn.policy().k()) {
				assertThat(figure.suppressed()).as("a count of %d", value).isTrue();
			}
			if (value == 0) {
				assertThat(figure.suppressed()).as("a zero hides nothing and is published").isFalse();
			}
			if (figure.suppressed()) {
				assertThat(figure.value()).as("suppressed is never sent as a number").isNull();
			}
			else {
				assertThat(figure.value()).isEqualTo(value);
			}
		}
	}

	@Property(tries = 300)
	void roundedTablesHideSmallCountsAndLeaveEveryOtherFigureWithinHalfABase(@ForAll("roundedTables") Drawn drawn) {
		ProtectedMatrix table = drawn.protect();
		TableAttacker attacker = new TableAttacker(table, drawn.counts(), drawn.regionOfRow(), drawn.policy());
		int base = drawn.policy().roundingBase();

		for (int i = 0; i < attacker.figureCount(); i++) {
			Figure figure = attacker.figure(i);
			long value = attacker.trueValue(i);
			if (value > 0 && value < drawn.policy().k()) {
				assertThat(figure.suppressed()).as("a count of %d", value).isTrue();
			}
			if (figure.suppressed()) {
				assertThat(figure.value()).isNull();
				assertThat(attacker.range(i).width()).as("figure %d (true value %d) of\n%s", i, value, drawn)
					.isGreaterThanOrEqualTo(1.0 - 1e-6);
			}
			else {
				long published = figure.value().longValue();
				assertThat(published % base).isZero();
				assertThat(Math.abs(published - value)).isLessThanOrEqualTo(base / 2);
				assertThat(published == 0).as("only a true zero is published as 0").isEqualTo(value == 0);
			}
		}
	}

	@Provide
	Arbitrary<Drawn> suppressedTables() {
		return tables(Arbitraries.of(DisclosurePolicy.suppress(3), DisclosurePolicy.suppress(5),
				DisclosurePolicy.suppress(10)));
	}

	@Provide
	Arbitrary<Drawn> roundedTables() {
		return tables(Arbitraries.of(DisclosurePolicy.round(5, 5), DisclosurePolicy.round(3, 5),
				DisclosurePolicy.round(10, 10), DisclosurePolicy.round(5, 3)));
	}

	private static Arbitrary<Drawn> tables(Arbitrary<DisclosurePolicy> policies) {
		Arbitrary<Long> count = Arbitraries.frequencyOf(
				Tuple.of(3, Arbitraries.just(0L)),
				Tuple.of(4, Arbitraries.longs().between(1, 4)),
				Tuple.of(2, Arbitraries.longs().between(5, 12)),
				Tuple.of(1, Arbitraries.longs().between(13, 60)));
		Arbitrary<Integer> rows = Arbitraries.integers().between(1, 6);
		Arbitrary<Integer> columns = Arbitraries.integers().between(1, 5);
		return Combinators.combine(rows, columns, policies, Arbitraries.of(true, false))
			.flatAs((r, c, policy, withRegions) -> Combinators.combine(
					count.list().ofSize(r * c),
					Arbitraries.of("R1", "R2", "R3").list().ofSize(r))
				.as((values, regions) -> {
					long[][] counts = new long[r][c];
					for (int i = 0; i < r * c; i++) {
						counts[i / c][i % c] = values.get(i);
					}
					return new Drawn(counts, new ArrayList<>(regions), withRegions && r > 1, policy);
				}));
	}

}

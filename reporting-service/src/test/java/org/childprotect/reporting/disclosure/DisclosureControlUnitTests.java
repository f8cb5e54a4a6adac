package org.childprotect.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisclosureControlUnitTests {

	private static final DisclosurePolicy K5 = DisclosurePolicy.suppress(5);

	@Test
	void aCountOfExactlyKIsPublishedAndKMinusOneIsNot() {
		// Two districts and their total: 5 is safe, 4 is not; and once 4 is hidden, 5 must go too, or 4 = 9 - 5.
		LinkedTable.Builder table = LinkedTable.builder();
		int five = table.cell(5);
		int four = table.cell(4);
		int total = table.total(9);
		table.equation(total, five, four);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.isSuppressed(four)).isTrue();
		assertThat(disclosed.value(four)).isNull();
		assertThat(disclosed.isSuppressed(five)).as("secondary").isTrue();
		assertThat(disclosed.value(total)).isEqualTo(9);
	}

	@Test
	void withoutSmallCountsNothingIsSuppressed() {
		LinkedTable.Builder table = LinkedTable.builder();
		int a = table.cell(5);
		int b = table.cell(12);
		int zero = table.cell(0);
		int total = table.total(17);
		table.equation(total, a, b, zero);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.suppressedCount()).isZero();
		assertThat(disclosed.value(zero)).as("a true zero discloses nothing").isEqualTo(0);
	}

	@Test
	void theSecondCellSuppressedIsTheSmallestOtherCountNotTheTotal() {
		LinkedTable.Builder table = LinkedTable.builder();
		int small = table.cell(2);
		int big = table.cell(40);
		int medium = table.cell(9);
		int total = table.total(51);
		table.equation(total, small, big, medium);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.isSuppressed(small)).isTrue();
		assertThat(disclosed.isSuppressed(medium)).isTrue();
		assertThat(disclosed.value(big)).isEqualTo(40);
		assertThat(disclosed.value(total)).isEqualTo(51);
	}

	@Test
	void aSmallTotalIsSuppressedLikeAnyOtherCount() {
		LinkedTable.Builder table = LinkedTable.builder();
		int one = table.cell(1);
		int two = table.cell(2);
		int total = table.total(3);
		table.equation(total, one, two);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.suppressedCount()).isEqualTo(3);
	}

	@Test
	void aCellThatOnlyACombinationOfTotalsRevealsIsProtectedToo() {
		// 2x2 districts-by-sex table with row, column and grand totals. Hiding only the two small cells of one
		// column leaves each row with one hidden cell; the line rule catches that and the result is a rectangle.
		LinkedTable.Builder table = LinkedTable.builder();
		int[][] cell = { { table.cell(2), table.cell(20) }, { table.cell(3), table.cell(30) } };
		int row0 = table.total(22);
		int row1 = table.total(33);
		int col0 = table.total(5);
		int col1 = table.total(50);
		int grand = table.total(55);
		table.equation(row0, cell[0]).equation(row1, cell[1]);
		table.equation(col0, cell[0][0], cell[1][0]).equation(col1, cell[0][1], cell[1][1]);
		table.equation(grand, row0, row1).equation(grand, col0, col1);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.isSuppressed(cell[0][0])).isTrue();
		assertThat(disclosed.isSuppressed(cell[1][0])).isTrue();
		assertThat(disclosed.isSuppressed(cell[0][1])).isTrue();
		assertThat(disclosed.isSuppressed(cell[1][1])).isTrue();
		assertThat(disclosed.value(col0)).as("5 is not small").isEqualTo(5);
		assertThat(disclosed.value(grand)).isEqualTo(55);
	}

	@Test
	void aThresholdOfOneSuppressesNothingForADevelopmentStack() {
		LinkedTable.Builder table = LinkedTable.builder();
		int one = table.cell(1);
		int total = table.total(1);
		table.equation(total, one);

		Disclosed disclosed = DisclosureControl.protect(table.build(), DisclosurePolicy.suppress(1));

		assertThat(disclosed.value(one)).isEqualTo(1);
		assertThat(disclosed.value(total)).isEqualTo(1);
	}

	@Test
	void hiddenCellsThatMustBeOnesBecauseZerosArePublishedAreProtectedToo() {
		// [1 1 10; 1 1 10]: each row's hidden part is 12 - 10 = 2, and a hidden count is never 0, so without more
		// suppression every hidden cell would be known to be 1.
		LinkedTable.Builder table = LinkedTable.builder();
		int[][] cell = { { table.cell(1), table.cell(1), table.cell(10) }, { table.cell(1), table.cell(1), table.cell(10) } };
		int row0 = table.total(12);
		int row1 = table.total(12);
		int[] column = { table.total(2), table.total(2), table.total(20) };
		int grand = table.total(24);
		table.equation(row0, cell[0]).equation(row1, cell[1]);
		for (int c = 0; c < 3; c++) {
			table.equation(column[c], cell[0][c], cell[1][c]);
		}
		table.equation(grand, row0, row1).equation(grand, column);

		Disclosed disclosed = DisclosureControl.protect(table.build(), K5);

		assertThat(disclosed.isSuppressed(cell[0][2]) || disclosed.isSuppressed(row0))
			.as("something beyond the ones in the first row is hidden")
			.isTrue();
		assertThat(disclosed.isSuppressed(cell[1][2]) || disclosed.isSuppressed(row1)).isTrue();
	}

	@Test
	void roundingModeSuppressesLikeSuppressModeAndRoundsTheRest() {
		LinkedTable.Builder table = LinkedTable.builder();
		int zero = table.cell(0);
		int four = table.cell(4);
		int five = table.cell(5);
		int seven = table.cell(7);
		int eight = table.cell(8);
		int twelve = table.cell(12);
		int thirteen = table.cell(13);
		int total = table.total(49);
		table.equation(total, zero, four, five, seven, eight, twelve, thirteen);

		Disclosed disclosed = DisclosureControl.protect(table.build(), DisclosurePolicy.round(5, 5));

		assertThat(disclosed.value(zero)).isEqualTo(0);
		assertThat(disclosed.value(four)).as("k-1 is hidden, not rounded to 5 or 0").isNull();
		assertThat(disclosed.value(five)).as("secondary: 4 = total - the others").isNull();
		assertThat(disclosed.value(seven)).isEqualTo(5);
		assertThat(disclosed.value(eight)).isEqualTo(10);
		assertThat(disclosed.value(twelve)).isEqualTo(10);
		assertThat(disclosed.value(thirteen)).isEqualTo(15);
		assertThat(disclosed.value(total)).as("totals are rounded on their own").isEqualTo(50);
	}

	@Test
	void roundingNeverTurnsANonZeroCountIntoZero() {
		LinkedTable.Builder table = LinkedTable.builder();
		int one = table.cell(1);
		int two = table.cell(2);
		int three = table.cell(3);

		Disclosed disclosed = DisclosureControl.protect(table.build(), DisclosurePolicy.round(1, 5));

		assertThat(disclosed.value(one)).isEqualTo(5);
		assertThat(disclosed.value(two)).isEqualTo(5);
		assertThat(disclosed.value(three)).isEqualTo(5);
	}

	@Test
	void linearDeterminacySeesThroughChainsOfEquations() {
		// a + b = 10 (a, b hidden), b + c = 7 (c published 4): b = 3, so a = 7. Two hidden per line is not enough.
		LinkedTable.Builder table = LinkedTable.builder();
		int a = table.cell(7);
		int b = table.cell(3);
		int c = table.cell(4);
		int t1 = table.total(10);
		int t2 = table.total(7);
		table.equation(t1, a, b).equation(t2, b, c);
		boolean[] suppressed = new boolean[table.build().size()];
		suppressed[a] = true;
		suppressed[b] = true;

		assertThat(LinearDeterminacy.determinedCells(table.build(), suppressed).stream().toArray()).containsExactly(a, b);
	}

}

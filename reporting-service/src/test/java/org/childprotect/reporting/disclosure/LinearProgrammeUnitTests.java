package org.childprotect.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Both the interval audit and the tests' attacker are only as good as this, so it is tested on known answers. */
class LinearProgrammeUnitTests {

	@Test
	void threeHiddenCellsOfAKnownSumEachRangeFromZeroToTheSum() {
		LinearProgramme lp = new LinearProgramme(3).equal(new double[] { 1, 1, 1 }, 5);

		assertThat(lp.maximise(new double[] { 0, 1, 0 }).value()).isCloseTo(5, within(1e-9));
		assertThat(lp.minimise(new double[] { 0, 1, 0 }).value()).isCloseTo(0, within(1e-9));
		assertThat(lp.maximise(new double[] { 0, 1, 0 }).point()).containsExactly(new double[] { 0, 5, 0 },
				within(1e-9));
	}

	@Test
	void aCellFixedByTwoSumsHasOneValue() {
		// a + b = 10, b + c = 7, c = 4  =>  b = 3, a = 7
		LinearProgramme lp = new LinearProgramme(3).equal(new double[] { 1, 1, 0 }, 10)
			.equal(new double[] { 0, 1, 1 }, 7)
			.equal(new double[] { 0, 0, 1 }, 4);

		assertThat(lp.maximise(new double[] { 1, 0, 0 }).value()).isCloseTo(7, within(1e-9));
		assertThat(lp.minimise(new double[] { 1, 0, 0 }).value()).isCloseTo(7, within(1e-9));
	}

	@Test
	void boundsAndUnboundedness() {
		LinearProgramme lp = new LinearProgramme(2).equal(new double[] { 1, -1 }, 0).atLeast(new double[] { 1, 0 }, 2);

		assertThat(lp.maximise(new double[] { 1, 0 }).unbounded()).isTrue();
		assertThat(lp.minimise(new double[] { 0, 1 }).value()).isCloseTo(2, within(1e-9));
		lp.atMost(new double[] { 0, 1 }, 4);
		assertThat(lp.maximise(new double[] { 1, 0 }).value()).isCloseTo(4, within(1e-9));
	}

	@Test
	void aTwoByTwoBlockOfHiddenCellsWithKnownMarginsCanShiftAlongItsCycle() {
		// [a b; c d] with rows 3, 4 and columns 2, 5: a ranges over [0, 2].
		LinearProgramme lp = new LinearProgramme(4).equal(new double[] { 1, 1, 0, 0 }, 3)
			.equal(new double[] { 0, 0, 1, 1 }, 4)
			.equal(new double[] { 1, 0, 1, 0 }, 2)
			.equal(new double[] { 0, 1, 0, 1 }, 5);

		assertThat(lp.minimise(new double[] { 1, 0, 0, 0 }).value()).isCloseTo(0, within(1e-9));
		assertThat(lp.maximise(new double[] { 1, 0, 0, 0 }).value()).isCloseTo(2, within(1e-9));
	}

}

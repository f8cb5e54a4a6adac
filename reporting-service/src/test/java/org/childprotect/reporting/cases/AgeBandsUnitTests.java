package org.childprotect.reporting.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandsUnitTests {

	private final AgeBands childBands = new AgeBands(CaseFactsProperties.CHILD_AGE_BANDS);

	@ParameterizedTest(name = "{0} years -> {1}")
	@CsvSource({ "0, 0-4", "4, 0-4", "5, 5-9", "9, 5-9", "10, 10-14", "14, 10-14", "15, 15-17", "17, 15-17" })
	void everyChildAgeFallsInExactlyTheBandThatCoversIt(int years, String band) {
		assertThat(childBands.bandOf(years, "EXACT")).isEqualTo(band);
	}

	@Test
	void estimatedAndYearOnlyAgesAreBandedLikeExactOnes() {
		assertThat(childBands.bandOf(7, "ESTIMATED")).isEqualTo("5-9");
		assertThat(childBands.bandOf(12, "YEAR")).isEqualTo("10-14");
		assertThat(childBands.bandOf(3, null)).isEqualTo("0-4");
	}

	@Test
	void aMissingAgeOrAnAgeOfUnknownPrecisionIsUnknown() {
		assertThat(childBands.bandOf(null, "EXACT")).isEqualTo(AgeBands.UNKNOWN);
		assertThat(childBands.bandOf(null, null)).isEqualTo(AgeBands.UNKNOWN);
		assertThat(childBands.bandOf(8, "UNKNOWN")).isEqualTo(AgeBands.UNKNOWN);
	}

	@Test
	void agesNoBandCoversAreUnknownRatherThanStretchingABand() {
		assertThat(childBands.bandOf(18, "EXACT")).isEqualTo(AgeBands.UNKNOWN);
		assertThat(childBands.bandOf(-1, "EXACT")).isEqualTo(AgeBands.UNKNOWN);
	}

	@Test
	void bandsAreConfigurable() {
		AgeBands coarse = new AgeBands(List.of(new AgeBand("under-12", 0, 11), new AgeBand("12-17", 12, 17)));

		assertThat(coarse.bandOf(11, "EXACT")).isEqualTo("under-12");
		assertThat(coarse.bandOf(12, "EXACT")).isEqualTo("12-17");
		assertThat(coarse.labels()).containsExactly("under-12", "12-17");
	}

	@Test
	void overlappingBandsAreRefusedBecauseAnAgeWouldBeCountedInTwoPlaces() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgeBands(List.of(new AgeBand("0-5", 0, 5), new AgeBand("5-9", 5, 9))))
			.withMessageContaining("overlap");
	}

	@Test
	void theUnknownLabelIsReservedAndBandsMustBeProperRanges() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AgeBands(List.of(new AgeBand(AgeBands.UNKNOWN, 0, 4))));
		assertThatIllegalArgumentException().isThrownBy(() -> new AgeBand("9-5", 9, 5));
	}

	@Test
	void withoutConfiguredBandsTheChildBandsApply() {
		CaseFactsProperties properties = new CaseFactsProperties("a-secret-of-enough-length", null, null, null);

		assertThat(new AgeBands(properties).labels()).containsExactly("0-4", "5-9", "10-14", "15-17");
	}

}

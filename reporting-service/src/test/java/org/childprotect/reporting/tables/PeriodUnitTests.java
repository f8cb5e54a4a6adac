package org.childprotect.reporting.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodUnitTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "202403, MONTH, 2024-03, 2024-03, 2024-03-01/P1M", "2024Q1, QUARTER, 2024-01, 2024-03, 2024-01-01/P3M",
			"2024Q4, QUARTER, 2024-10, 2024-12, 2024-10-01/P3M", "2024, YEAR, 2024-01, 2024-12, 2024-01-01/P1Y" })
	void dhis2CodesAreReadAndWrittenBack(String code, PeriodType type, String first, String last, String adx) {
		Period period = Period.parse(code);

		assertThat(period.type()).isEqualTo(type);
		assertThat(period.first()).isEqualTo(YearMonth.parse(first));
		assertThat(period.last()).isEqualTo(YearMonth.parse(last));
		assertThat(period.code()).isEqualTo(code);
		assertThat(period.adx()).isEqualTo(adx);
	}

	@ParameterizedTest
	@ValueSource(strings = { "202413", "2024Q5", "24", "2024-03", "2024W10", "", "2024q1" })
	void otherCodesAreRefused(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse(code));
	}

	@Test
	void aYearSplitsIntoItsQuartersAndMonths() {
		assertThat(Period.parse("2024").split(PeriodType.QUARTER)).extracting(Period::code)
			.containsExactly("2024Q1", "2024Q2", "2024Q3", "2024Q4");
		assertThat(Period.parse("2024Q2").split(PeriodType.MONTH)).extracting(Period::code)
			.containsExactly("202404", "202405", "202406");
		assertThatIllegalArgumentException().isThrownBy(() -> Period.parse("202404").split(PeriodType.YEAR));
	}

	@Test
	void periodsKnowTheirMonthsAndOverlaps() {
		assertThat(Period.parse("2024Q1").contains(YearMonth.of(2024, 3))).isTrue();
		assertThat(Period.parse("2024Q1").contains(YearMonth.of(2024, 4))).isFalse();
		assertThat(Period.parse("2024").overlaps(Period.parse("202406"))).isTrue();
		assertThat(Period.parse("2024Q1").overlaps(Period.parse("2024Q2"))).isFalse();
	}

}

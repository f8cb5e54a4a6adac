package org.childprotect.reporting.tables;

import org.jspecify.annotations.Nullable;

/**
 * One published number. A suppressed figure has no value, never a zero. A rate carries the two counts it is made
 * of, each protected on its own; a rate is suppressed when either count is.
 */
public record Figure(@Nullable Number value, boolean suppressed, @Nullable Figure numerator,
		@Nullable Figure denominator) {

	public static Figure count(@Nullable Long value) {
		return new Figure(value, value == null, null, null);
	}

	public static Figure rate(Figure numerator, Figure denominator) {
		if (numerator.suppressed || denominator.suppressed) {
			return new Figure(null, true, numerator, denominator);
		}
		long over = denominator.value == null ? 0 : denominator.value.longValue();
		if (over == 0 || numerator.value == null) {
			// No case to take a share of: there is no rate, and nothing is hidden.
			return new Figure(null, false, numerator, denominator);
		}
		double percent = Math.round(1000.0 * numerator.value.longValue() / over) / 10.0;
		return new Figure(percent, false, numerator, denominator);
	}

}

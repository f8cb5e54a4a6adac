package org.childprotect.reporting.tables.web;

import org.childprotect.reporting.tables.Figure;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published number: {@code {value, suppressed}}; a suppressed figure has {@code value: null}, never 0. A rate
 * carries its numerator and denominator.
 */
public record FigureBody(@Nullable Number value, boolean suppressed,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FigureBody numerator,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FigureBody denominator) {

	public static @Nullable FigureBody of(@Nullable Figure figure) {
		if (figure == null) {
			return null;
		}
		return new FigureBody(figure.value(), figure.suppressed(), of(figure.numerator()), of(figure.denominator()));
	}

}

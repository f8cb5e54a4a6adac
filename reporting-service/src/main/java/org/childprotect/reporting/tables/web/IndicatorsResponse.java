package org.childprotect.reporting.tables.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.childprotect.reporting.tables.IndicatorSet;
import org.childprotect.reporting.tables.Period;

/** The body of {@code GET /api/reports/indicators}. */
record IndicatorsResponse(List<String> periods, Map<String, List<String>> filters, List<Indicator> indicators,
		DisclosureBody disclosure, String contentHash, Instant generatedAt) {

	record Indicator(String code, FigureBody value, List<Part> breakdown) {
	}

	record Part(String key, FigureBody value) {
	}

	static IndicatorsResponse of(IndicatorSet set) {
		Map<String, List<String>> filters = new TreeMap<>();
		set.filters().forEach((dimension, values) -> filters.put(dimension.field(), List.copyOf(new TreeSet<>(values))));
		return new IndicatorsResponse(set.periods().stream().map(Period::code).toList(), filters,
				set.indicators()
					.stream()
					.map(indicator -> new Indicator(indicator.code(), FigureBody.of(indicator.value()),
							indicator.breakdown()
								.stream()
								.map(part -> new Part(part.key(), FigureBody.of(part.value())))
								.toList()))
					.toList(),
				DisclosureBody.of(set.policy(), set.suppressedCells()), set.contentHash(), set.generatedAt());
	}

}

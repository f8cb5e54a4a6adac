package org.childprotect.reporting.tables;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.disclosure.DisclosurePolicy;

/** The headline indicators of a period, each protected like a table. */
public record IndicatorSet(List<Period> periods, Map<Dimension, Set<String>> filters, List<Indicator> indicators,
		DisclosurePolicy policy, int suppressedCells, String contentHash, Instant generatedAt) {

	/** An indicator's value (a total, or a rate), with its parts when it is broken down. */
	public record Indicator(String code, Figure value, List<Part> breakdown) {
	}

	public record Part(String key, Figure value) {
	}

}

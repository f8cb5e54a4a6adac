package org.childprotect.reporting.tables.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.InvalidTableRequest;
import org.childprotect.reporting.tables.Measure;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.PeriodType;
import org.childprotect.reporting.tables.TableRequest;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of the report endpoints: {@code measure}, {@code rows} and {@code columns}
 * (dimension names, comma-separated), {@code period} (DHIS2 codes, comma-separated), {@code periodType} (split
 * each period into months, quarters or years), {@code format}, and one filter parameter per dimension name, e.g.
 * {@code district=KH-PP,KH-SR}. Any other parameter is refused, so that a misspelt filter never silently widens a
 * table.
 */
public final class TableParameters {

	private static final Set<String> TABLE_PARAMETERS = Set.of("measure", "rows", "columns", "period", "periodType",
			"format");

	private TableParameters() {
	}

	static TableRequest table(MultiValueMap<String, String> parameters) {
		requireOnly(parameters, TABLE_PARAMETERS);
		String code = single(parameters, "measure");
		Measure measure = Measure.byCode(code)
			.orElseThrow(() -> new InvalidTableRequest("measure", "unknown measure; one of "
					+ String.join(", ", Arrays.stream(Measure.values()).map(Measure::code).toList())));
		return new TableRequest(measure, dimensions(parameters, "rows"), dimensions(parameters, "columns"),
				periods(parameters), filters(parameters));
	}

	/** The periods asked for, each split into the {@code periodType} if one is given. */
	public static List<Period> periods(MultiValueMap<String, String> parameters) {
		List<Period> periods = new ArrayList<>();
		for (String code : list(parameters, "period")) {
			try {
				periods.add(Period.parse(code));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidTableRequest("period", ex.getMessage());
			}
		}
		if (periods.isEmpty()) {
			throw new InvalidTableRequest("period", "give one or more DHIS2 period codes, e.g. 2024, 2024Q1, 202403");
		}
		String type = parameters.getFirst("periodType");
		if (type == null || type.isBlank()) {
			return periods;
		}
		PeriodType into;
		try {
			into = PeriodType.valueOf(type.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTableRequest("periodType", "one of MONTH, QUARTER, YEAR");
		}
		List<Period> split = new ArrayList<>();
		for (Period period : periods) {
			try {
				split.addAll(period.split(into));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidTableRequest("periodType", ex.getMessage());
			}
		}
		return split;
	}

	/** Filters: every parameter named after a dimension (other than period). */
	public static Map<Dimension, Set<String>> filters(MultiValueMap<String, String> parameters) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		for (String name : parameters.keySet()) {
			Dimension.named(name)
				.filter(dimension -> dimension != Dimension.PERIOD)
				.ifPresent(dimension -> filters.put(dimension, new LinkedHashSet<>(list(parameters, name))));
		}
		return filters;
	}

	/** Refuses parameters that are neither in {@code allowed} nor a dimension name. */
	public static void requireOnly(MultiValueMap<String, String> parameters, Set<String> allowed) {
		for (String name : parameters.keySet()) {
			if (!allowed.contains(name) && Dimension.named(name).isEmpty()) {
				throw new InvalidTableRequest(name, "unknown parameter");
			}
		}
	}

	public static String format(MultiValueMap<String, String> parameters, String fallback, Set<String> formats) {
		String format = parameters.getFirst("format");
		if (format == null || format.isBlank()) {
			return fallback;
		}
		String normalised = format.toLowerCase(Locale.ROOT);
		if (!formats.contains(normalised)) {
			throw new InvalidTableRequest("format", "one of " + String.join(", ", formats));
		}
		return normalised;
	}

	private static List<Dimension> dimensions(MultiValueMap<String, String> parameters, String name) {
		return list(parameters, name).stream()
			.map(field -> Dimension.named(field)
				.orElseThrow(() -> new InvalidTableRequest(name, "unknown dimension; one of " + String.join(", ",
						Arrays.stream(Dimension.values()).map(Dimension::field).toList()))))
			.toList();
	}

	private static String single(MultiValueMap<String, String> parameters, String name) {
		String value = parameters.getFirst(name);
		if (value == null || value.isBlank()) {
			throw new InvalidTableRequest(name, "is required");
		}
		return value.trim();
	}

	private static List<String> list(MultiValueMap<String, String> parameters, String name) {
		List<String> values = new ArrayList<>();
		for (String value : parameters.getOrDefault(name, List.of())) {
			for (String part : value.split(",")) {
				if (!part.isBlank()) {
					values.add(part.trim());
				}
			}
		}
		return values;
	}

}

package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.childprotect.reporting.cases.AgeBands;
import org.childprotect.reporting.cases.Regions;
import org.childprotect.reporting.cubes.Dimension;
import org.springframework.stereotype.Component;

/**
 * The values a dimension shows on an axis. Dimensions with a known list (regions, districts, sexes, age bands,
 * risk levels) show all of it, so that a zero is a visible zero; the others show the values that occur.
 */
@Component
public class DimensionValues {

	public static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");

	public static final List<String> RISK_LEVELS = List.of("HIGH", "MEDIUM", "LOW");

	/** referral-service's urgencies and agency types, as its schemas list them. */
	public static final List<String> URGENCIES = List.of("HIGH", "MEDIUM", "LOW");

	public static final List<String> AGENCY_TYPES = List.of("NGO", "HELPLINE", "HEALTH", "POLICE", "SOCIAL_WELFARE",
			"GOVERNMENT");

	/** Days from a referral to its answer, the last value open-ended. */
	public static final List<String> RESPONSE_DAYS = responseDays();

	private final Regions regions;

	private final AgeBands ageBands;

	public DimensionValues(Regions regions, AgeBands ageBands) {
		this.regions = regions;
		this.ageBands = ageBands;
	}

	/** The known values of a dimension, in display order; empty for dimensions known only from the data. */
	public List<String> known(Dimension dimension) {
		return switch (dimension) {
			case REGION -> List.copyOf(regions.regions());
			case DISTRICT -> List.copyOf(regions.districts());
			case SEX -> SEXES;
			case AGE_BAND -> {
				List<String> bands = new ArrayList<>(ageBands.labels());
				bands.add(AgeBands.UNKNOWN);
				yield List.copyOf(bands);
			}
			case RISK -> RISK_LEVELS;
			case URGENCY -> URGENCIES;
			case AGENCY_TYPE -> AGENCY_TYPES;
			case RESPONSE_DAYS -> RESPONSE_DAYS;
			default -> List.of();
		};
	}

	/** The response-days value of a number of days: the number, or the open-ended last value. */
	public static String responseDaysOf(long days) {
		return days < RESPONSE_DAYS.size() - 1 ? Long.toString(Math.max(0, days)) : RESPONSE_DAYS.get(RESPONSE_DAYS.size() - 1);
	}

	private static List<String> responseDays() {
		List<String> days = new ArrayList<>();
		for (int day = 0; day <= 30; day++) {
			days.add(Integer.toString(day));
		}
		days.add("31+");
		return List.copyOf(days);
	}

	/**
	 * What to show: the filter values if there is a filter, else the known values followed by the other values that
	 * occur (sorted); districts are narrowed to the filtered regions.
	 */
	List<String> shown(Dimension dimension, Collection<String> occurring, TableRequest request) {
		Set<String> filter = request.filters().get(dimension);
		if (filter != null) {
			List<String> ordered = new ArrayList<>();
			known(dimension).stream().filter(filter::contains).forEach(ordered::add);
			new TreeSet<>(filter).stream().filter(value -> !ordered.contains(value)).forEach(ordered::add);
			return ordered;
		}
		Set<String> values = new LinkedHashSet<>(known(dimension));
		new TreeSet<>(occurring).forEach(values::add);
		Set<String> regionFilter = request.filters().get(Dimension.REGION);
		if (dimension == Dimension.DISTRICT && regionFilter != null) {
			values.removeIf(district -> !regionFilter.contains(regions.regionOf(district)));
		}
		return List.copyOf(values);
	}

	/**
	 * The request's filters, with a region filter turned into a filter of its districts when districts are shown
	 * or filtered: a region is a function of the district, so cutting by district says the same and keeps the
	 * table of districts the one it is cut from.
	 */
	Map<Dimension, Set<String>> withRegionsAsDistricts(TableRequest request) {
		Set<String> regionFilter = request.filters().get(Dimension.REGION);
		if (regionFilter == null
				|| !(request.onAxis(Dimension.DISTRICT) || request.filters().containsKey(Dimension.DISTRICT))) {
			return request.filters();
		}
		Set<String> districts = new TreeSet<>();
		regionFilter.forEach(region -> districts.addAll(regions.districtsOf(region)));
		Set<String> districtFilter = request.filters().get(Dimension.DISTRICT);
		if (districtFilter != null) {
			districts.retainAll(districtFilter);
			// A district filter naming districts the configuration does not place in a region stays as asked.
			districtFilter.stream().filter(district -> regionFilter.contains(regionOf(district))).forEach(districts::add);
		}
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		filters.putAll(request.filters());
		filters.remove(Dimension.REGION);
		filters.put(Dimension.DISTRICT, districts);
		return filters;
	}

	String regionOf(String district) {
		return regions.regionOf(district);
	}

}

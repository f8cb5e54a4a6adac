package org.childprotect.reporting.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
			default -> List.of();
		};
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

	String regionOf(String district) {
		return regions.regionOf(district);
	}

}

package org.childprotect.reporting.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The administrative hierarchy tables are totalled by: each district belongs to exactly one region. It comes from
 * configuration because this service calls no other service; it mirrors the reference data of case-service.
 */
@Component
public class Regions {

	public static final String UNKNOWN = "UNKNOWN";

	private final Map<String, String> regionOfDistrict;

	private final Map<String, Set<String>> districtsOfRegion;

	@Autowired
	public Regions(CaseFactsProperties properties) {
		this(properties.regions());
	}

	public Regions(Map<String, List<String>> regions) {
		Map<String, String> regionOf = new LinkedHashMap<>();
		Map<String, Set<String>> districtsOf = new TreeMap<>();
		regions.forEach((region, districts) -> {
			for (String district : districts) {
				String other = regionOf.put(district, region);
				if (other != null && !other.equals(region)) {
					throw new IllegalArgumentException(
							"district " + district + " is listed under regions " + other + " and " + region);
				}
			}
			districtsOf.put(region, new TreeSet<>(districts));
		});
		this.regionOfDistrict = Map.copyOf(regionOf);
		this.districtsOfRegion = districtsOf;
	}

	public String regionOf(String district) {
		return regionOfDistrict.getOrDefault(district, UNKNOWN);
	}

	/** The configured districts of a region, in code order. */
	public Set<String> districtsOf(String region) {
		return districtsOfRegion.getOrDefault(region, Set.of());
	}

	/** Every configured district, in code order. */
	public Set<String> districts() {
		return new TreeSet<>(regionOfDistrict.keySet());
	}

	public Set<String> regions() {
		return districtsOfRegion.keySet();
	}

}

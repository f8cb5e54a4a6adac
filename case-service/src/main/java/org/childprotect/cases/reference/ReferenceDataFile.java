package org.childprotect.cases.reference;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The shape of {@code reference-data/vN.json}. A later version holds only what it adds or relabels; lists it
 * leaves out are untouched when it is loaded.
 *
 * @param communes communes grouped by the district they belong to
 * @param assessmentDeadlines ISO-8601 durations by risk level code, e.g. {@code HIGH: PT24H}
 * @param sharingProfiles for each service type code, the fields of a case a referral for it may share
 */
record ReferenceDataFile(String version, @Nullable List<Region> regions, @Nullable List<Code> concerns,
		@Nullable List<Code> riskLevels, @Nullable List<Code> sexes, @Nullable List<Code> serviceTypes,
		@Nullable List<Code> closureReasons, @Nullable List<Code> sources, @Nullable List<Code> needDomains,
		@Nullable List<DistrictCommunes> communes, @Nullable Map<String, String> assessmentDeadlines,
		@Nullable Map<String, List<String>> sharingProfiles) {

	record Region(String code, Labels labels, List<Code> districts) {
	}

	record Code(String code, @Nullable String group, Labels labels) {
	}

	record DistrictCommunes(String district, List<Code> communes) {
	}

}

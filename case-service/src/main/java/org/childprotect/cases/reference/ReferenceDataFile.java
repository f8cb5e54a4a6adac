package org.childprotect.cases.reference;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The shape of {@code reference-data/vN.json}. */
record ReferenceDataFile(String version, List<Region> regions, List<Code> concerns, List<Code> riskLevels,
		List<Code> sexes) {

	record Region(String code, Labels labels, List<Code> districts) {
	}

	record Code(String code, @Nullable String group, Labels labels) {
	}

}

package org.childprotect.reporting.cases;

import java.time.Instant;
import java.util.List;

/** The cases-by-district table: one row per district code, ordered by code, and the sum of all rows. */
public record CasesByDistrict(List<DistrictCount> rows, long total, Instant generatedAt) {

	public CasesByDistrict {
		rows = List.copyOf(rows);
	}

}

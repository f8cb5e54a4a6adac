package org.childprotect.reporting.cases.web;

import java.time.Instant;
import java.util.List;

import org.childprotect.reporting.cases.CasesByDistrict;

/** Codes and counts only: the body of {@code GET /api/reports/cases-by-district}. */
record CasesByDistrictResponse(List<Row> rows, long total, Instant generatedAt) {

	record Row(String district, long count) {
	}

	static CasesByDistrictResponse of(CasesByDistrict table) {
		return new CasesByDistrictResponse(
				table.rows().stream().map(row -> new Row(row.district(), row.count())).toList(), table.total(),
				table.generatedAt());
	}

}

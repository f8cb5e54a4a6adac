package org.childprotect.reporting.tables.web;

import java.time.Instant;
import java.util.List;

import org.childprotect.reporting.tables.CasesByDistrict;
import org.jspecify.annotations.Nullable;

/**
 * Codes and counts only: the body of {@code GET /api/reports/cases-by-district}. A hidden count is {@code null} with
 * {@code suppressed: true}; the total likewise with {@code totalSuppressed: true}.
 */
record CasesByDistrictResponse(List<Row> rows, @Nullable Long total, boolean totalSuppressed, Instant generatedAt,
		DisclosureBody disclosure) {

	record Row(String district, @Nullable Long count, boolean suppressed) {
	}

	static CasesByDistrictResponse of(CasesByDistrict table) {
		return new CasesByDistrictResponse(table.rows()
			.stream()
			.map(row -> new Row(row.district(), longOf(row.count().value()), row.count().suppressed()))
			.toList(), longOf(table.total().value()), table.total().suppressed(), table.generatedAt(),
				DisclosureBody.of(table.policy(), table.suppressedCells()));
	}

	private static @Nullable Long longOf(@Nullable Number value) {
		return value == null ? null : value.longValue();
	}

}

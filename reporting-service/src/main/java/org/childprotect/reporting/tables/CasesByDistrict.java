package org.childprotect.reporting.tables;

import java.time.Instant;
import java.util.List;

import org.childprotect.reporting.disclosure.DisclosurePolicy;

/** The cases-by-district table: one row per district code with cases, ordered by code, and the total. */
public record CasesByDistrict(List<Row> rows, Figure total, DisclosurePolicy policy, int suppressedCells,
		Instant generatedAt) {

	public record Row(String district, Figure count) {
	}

	public CasesByDistrict {
		rows = List.copyOf(rows);
	}

	public String contentHash() {
		StringBuilder text = new StringBuilder("cases-by-district\n").append(policy).append('\n');
		rows.forEach(row -> text.append(row.district())
			.append('=')
			.append(row.count().suppressed() ? "S" : row.count().value())
			.append('\n'));
		text.append("total=").append(total.suppressed() ? "S" : total.value());
		return TableFingerprint.sha256(text.toString());
	}

}

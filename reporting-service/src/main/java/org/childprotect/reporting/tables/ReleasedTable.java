package org.childprotect.reporting.tables;

import java.time.Instant;
import java.util.List;

import org.childprotect.reporting.disclosure.DisclosurePolicy;
import org.jspecify.annotations.Nullable;

/**
 * A table as it may leave the service: every figure has been through disclosure control.
 *
 * @param rowKeys one list of values (in the order of the row dimensions) per row
 * @param columnKeys one list of values per column
 * @param cells {@code cells.get(row).get(column)}
 * @param rowTotals the total of each row across the columns, when there is more than one column and the columns
 * add up
 * @param columnTotals the total of each column down the rows, likewise
 * @param grandTotal when both kinds of total are published
 * @param rowRegions when the rows are districts: the region of each row
 * @param regionSubtotals when the rows are districts: the subtotal of each region, column by column
 * @param suppressedCells how many figures (totals included) are suppressed
 */
public record ReleasedTable(TableRequest request, List<List<String>> rowKeys, List<List<String>> columnKeys,
		List<List<Figure>> cells, @Nullable List<Figure> rowTotals, @Nullable List<Figure> columnTotals,
		@Nullable Figure grandTotal, @Nullable List<String> rowRegions, List<RegionSubtotal> regionSubtotals, DisclosurePolicy policy,
		int suppressedCells, Instant generatedAt) {

	/** A region's row in a table of districts. */
	public record RegionSubtotal(String region, List<Figure> cells, @Nullable Figure total) {
	}

	/** A fingerprint of the published content (not of when it was generated), for the release log. */
	public String contentHash() {
		return TableFingerprint.of(this);
	}

}

package org.childprotect.reporting.tables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * SHA-256 over a canonical text of what a table publishes: the request, the keys and every figure. The same
 * figures give the same hash whatever the format they were released in and whenever.
 */
final class TableFingerprint {

	private TableFingerprint() {
	}

	static String of(ReleasedTable table) {
		StringBuilder text = new StringBuilder(table.request().describe()).append('\n');
		text.append(table.policy()).append('\n');
		for (int row = 0; row < table.rowKeys().size(); row++) {
			for (int column = 0; column < table.columnKeys().size(); column++) {
				text.append(table.rowKeys().get(row))
					.append(table.columnKeys().get(column))
					.append('=')
					.append(figure(table.cells().get(row).get(column)))
					.append('\n');
			}
		}
		append(text, "row totals", table.rowTotals());
		append(text, "column totals", table.columnTotals());
		text.append("grand=").append(figure(table.grandTotal())).append('\n');
		for (ReleasedTable.RegionSubtotal region : table.regionSubtotals()) {
			append(text, region.region(), region.cells());
			text.append(region.region()).append(" total=").append(figure(region.total())).append('\n');
		}
		return sha256(text.toString());
	}

	static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

	private static void append(StringBuilder text, String label, @Nullable List<Figure> figures) {
		if (figures != null) {
			text.append(label).append('=');
			figures.forEach(figure -> text.append(figure(figure)).append(','));
			text.append('\n');
		}
	}

	private static String figure(@Nullable Figure figure) {
		if (figure == null) {
			return "-";
		}
		if (figure.suppressed()) {
			return "S";
		}
		String value = String.valueOf(figure.value());
		if (figure.numerator() != null && figure.denominator() != null) {
			return value + "(" + figure(figure.numerator()) + "/" + figure(figure.denominator()) + ")";
		}
		return value;
	}

}

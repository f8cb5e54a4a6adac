package org.childprotect.reporting.disclosure;

/** Applies a {@link DisclosurePolicy} to a table: the only way a count becomes publishable. */
public final class DisclosureControl {

	private DisclosureControl() {
	}

	public static Disclosed protect(LinkedTable table, DisclosurePolicy policy) {
		Long[] published = new Long[table.size()];
		boolean[] suppressed = SecondarySuppression.suppress(table, policy);
		boolean round = policy.mode() == DisclosureMode.ROUND;
		for (int cell = 0; cell < table.size(); cell++) {
			// Rounding on top of suppression: every figure, totals included, rounded on its own, so that the
			// differences between tables of other breakdowns of the same data give ranges, not counts.
			published[cell] = suppressed[cell] ? null : (round ? policy.rounded(table.value(cell)) : table.value(cell));
		}
		return new Disclosed(published, policy);
	}

}

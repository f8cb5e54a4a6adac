package org.childprotect.reporting.disclosure;

/** How counts are protected once the small ones are hidden. */
public enum DisclosureMode {

	/**
	 * Exact counts are published; small non-zero counts are suppressed, and further counts are suppressed until no
	 * suppressed count can be worked out from the published ones and the totals (secondary suppression).
	 */
	SUPPRESS,

	/**
	 * Suppression as in {@link #SUPPRESS}, then every published count, totals included, is rounded to the nearest
	 * multiple of the rounding base, so that subtracting figures of different tables of the same data (which
	 * suppression within one table cannot foresee) only ever gives a range.
	 */
	ROUND

}

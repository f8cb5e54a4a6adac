package org.childprotect.reporting.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rule every released figure follows.
 *
 * @param mode suppress (exact figures, primary and secondary suppression) or round
 * @param k the threshold: a count of 1 to k-1 is never published; 1 disables suppression, which only a
 * development stack may do
 * @param roundingBase the base counts are rounded to in {@link DisclosureMode#ROUND}
 */
@ConfigurationProperties("reporting.disclosure")
public record DisclosurePolicy(@DefaultValue("SUPPRESS") DisclosureMode mode, @DefaultValue("5") int k,
		@DefaultValue("5") int roundingBase) {

	public DisclosurePolicy {
		if (k < 1) {
			throw new IllegalArgumentException("reporting.disclosure.k must be at least 1");
		}
		if (roundingBase < 1) {
			throw new IllegalArgumentException("reporting.disclosure.rounding-base must be at least 1");
		}
	}

	public static DisclosurePolicy suppress(int k) {
		return new DisclosurePolicy(DisclosureMode.SUPPRESS, k, 5);
	}

	public static DisclosurePolicy round(int k, int base) {
		return new DisclosurePolicy(DisclosureMode.ROUND, k, base);
	}

	/** A count that must not be published as it is, whatever else is published. */
	boolean isSmall(long count) {
		return count > 0 && count < k;
	}

	/**
	 * The published form of a count in {@link DisclosureMode#ROUND}: zero stays zero (a true zero discloses
	 * nothing), any other count goes to the nearest multiple of the base but never to zero, which would read as
	 * "none".
	 */
	long rounded(long count) {
		if (count == 0) {
			return 0;
		}
		long nearest = Math.floorDiv(count + roundingBase / 2, roundingBase) * roundingBase;
		return Math.max(nearest, roundingBase);
	}

	@Override
	public String toString() {
		return mode == DisclosureMode.ROUND ? "ROUND(k=" + k + ", base=" + roundingBase + ")"
				: "SUPPRESS(k=" + k + ")";
	}

}

package org.childprotect.reporting.cases;

import java.util.Objects;

/** A closed range of ages in whole years, reported under its label (for example "5-9"). */
public record AgeBand(String label, int fromYears, int toYears) {

	public AgeBand {
		Objects.requireNonNull(label, "label");
		if (label.isBlank()) {
			throw new IllegalArgumentException("an age band needs a label");
		}
		if (fromYears < 0 || toYears < fromYears) {
			throw new IllegalArgumentException("age band " + label + " must satisfy 0 <= fromYears <= toYears");
		}
	}

	boolean contains(int years) {
		return years >= fromYears && years <= toYears;
	}

	boolean overlaps(AgeBand other) {
		return fromYears <= other.toYears && other.fromYears <= toYears;
	}

}

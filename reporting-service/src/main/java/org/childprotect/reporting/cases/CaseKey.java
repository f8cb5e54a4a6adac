package org.childprotect.reporting.cases;

import java.util.Objects;

/**
 * The pseudonymous identity of a case inside the reporting read model: lets events of one case meet in one
 * document without the case id being stored. Only {@link CasePseudonyms} creates it from a case id.
 */
public record CaseKey(String value) {

	public CaseKey {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("a case key cannot be blank");
		}
	}

	/**
	 * How the case is named inside cube cells: the first 64 bits of the key. Cells only need to tell their members
	 * apart; a collision among a million cases has a chance of about one in 36 million.
	 */
	public String member() {
		return value.substring(0, Math.min(16, value.length()));
	}

	@Override
	public String toString() {
		return value;
	}

}

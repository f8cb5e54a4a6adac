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

	@Override
	public String toString() {
		return value;
	}

}

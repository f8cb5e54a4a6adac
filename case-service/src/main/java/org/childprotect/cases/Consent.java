package org.childprotect.cases;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Consent for one purpose, who gave it and when, and its withdrawal. A withdrawn consent stays on record, so
 * that what was allowed at any time can be shown later.
 */
public record Consent(String id, Purpose purpose, Giver givenBy, LocalDate givenOn, @Nullable LocalDate withdrawnOn,
		Worker recordedBy) {

	public Consent {
		Objects.requireNonNull(id, "id");
		if (purpose == null) {
			throw InvalidCaseInput.of("purpose", "is required");
		}
		if (givenBy == null) {
			throw InvalidCaseInput.of("givenBy", "is required");
		}
		if (givenOn == null) {
			throw InvalidCaseInput.of("givenOn", "is required");
		}
		Objects.requireNonNull(recordedBy, "recordedBy");
	}

	public boolean isActive() {
		return withdrawnOn == null;
	}

	public enum Purpose {

		SERVICES, REFERRAL, STATISTICS

	}

	public enum Giver {

		CHILD, CAREGIVER

	}

}

package org.childprotect.cases;

import java.util.Objects;
import java.util.UUID;

/** Identity of a {@link ChildCase}; also the Kafka key of its events. Carries no personal data. */
public record CaseId(UUID value) {

	public CaseId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	/** Parses a client-supplied id; fails with {@link IllegalArgumentException} when it is not a UUID. */
	public static CaseId of(String value) {
		return new CaseId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}

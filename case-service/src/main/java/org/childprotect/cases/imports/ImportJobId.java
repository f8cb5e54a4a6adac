package org.childprotect.cases.imports;

import java.util.Objects;
import java.util.UUID;

/** Identity of an import job; appears in URLs, so it carries nothing about the file or its rows. */
public record ImportJobId(UUID value) {

	public ImportJobId {
		Objects.requireNonNull(value, "value");
	}

	public static ImportJobId random() {
		return new ImportJobId(UUID.randomUUID());
	}

	/** Fails with {@link IllegalArgumentException} when the text is not a UUID. */
	public static ImportJobId of(String value) {
		return new ImportJobId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}

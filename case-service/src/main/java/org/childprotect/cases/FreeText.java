package org.childprotect.cases;

import org.jspecify.annotations.Nullable;

/**
 * Rules for text typed by workers. Messages name the field and the limit, never the text: it may describe a
 * child.
 */
final class FreeText {

	private FreeText() {
	}

	/** A required text, stripped, at most {@code max} characters. */
	static String required(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			throw InvalidCaseInput.of(field, "is required");
		}
		return limited(field, text.strip(), max);
	}

	/** An optional text: blank means absent. */
	static @Nullable String optional(String field, @Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return limited(field, text.strip(), max);
	}

	private static String limited(String field, String text, int max) {
		if (text.length() > max) {
			throw InvalidCaseInput.of(field, "must be at most " + max + " characters");
		}
		return text;
	}

}

package org.childprotect.cases.web;

import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.platform.security.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Reads the version a write is based on from {@code If-Match}. A write without it could silently undo a
 * colleague's change, so it is refused with 428 rather than applied; {@code *} is refused for the same reason.
 */
final class IfMatch {

	private IfMatch() {
	}

	static long version(@Nullable String header) {
		if (header == null || header.isBlank() || header.strip().equals("*")) {
			throw Problems.of(HttpStatus.PRECONDITION_REQUIRED,
					"Send If-Match with the ETag of the case as you last read it, e.g. If-Match: \"3\".");
		}
		String tag = header.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		try {
			long version = Long.parseLong(tag);
			if (version >= 0) {
				return version;
			}
		}
		catch (NumberFormatException notAVersion) {
			// Answered below.
		}
		throw InvalidCaseInput.of("If-Match", "must be the ETag of the case, e.g. \"3\"");
	}

}

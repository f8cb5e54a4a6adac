package org.childprotect.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A note on the case. A sensitive note's text is shown only to those with a need to know (see
 * {@code ChildCase#mayRead}); everyone else who sees the case sees that a note exists.
 */
public record CaseNote(String id, String text, boolean sensitive, Worker by, Instant at) {

	public static final int MAX_TEXT = 4000;

	public CaseNote {
		Objects.requireNonNull(id, "id");
		text = FreeText.required("text", text, MAX_TEXT);
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
	}

}

package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A dated contact with the child or family, what came of it, and when the next one is due. */
public record FollowUp(String id, LocalDate date, Kind kind, String outcome, @Nullable LocalDate nextDate,
		Worker by, Instant at) {

	public static final int MAX_OUTCOME = 2000;

	public FollowUp {
		Objects.requireNonNull(id, "id");
		if (date == null) {
			throw InvalidCaseInput.of("date", "is required");
		}
		if (kind == null) {
			throw InvalidCaseInput.of("kind", "is required");
		}
		outcome = FreeText.required("outcome", outcome, MAX_OUTCOME);
		if (nextDate != null && !nextDate.isAfter(date)) {
			throw InvalidCaseInput.of("nextDate", "must be after the follow-up date");
		}
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
	}

	public enum Kind {

		VISIT, CALL, MEETING

	}

}

package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Who changes a case and when, and how its events are sealed: what every command on the aggregate needs besides
 * its own input. {@code at} carries the service's time zone, so "today" means the users' day.
 */
public record ChangeContext(Worker by, ZonedDateTime at, EventEnvelopes envelopes) {

	public ChangeContext {
		Objects.requireNonNull(by, "by");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(envelopes, "envelopes");
	}

	public Instant instant() {
		return at.toInstant();
	}

	public LocalDate today() {
		return at.toLocalDate();
	}

}

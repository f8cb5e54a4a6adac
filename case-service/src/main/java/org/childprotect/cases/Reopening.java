package org.childprotect.cases;

import java.time.Instant;

/** A closed case was reopened, by whom and why. */
public record Reopening(Instant at, Worker by, String reason) {
}

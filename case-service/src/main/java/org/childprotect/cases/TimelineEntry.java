package org.childprotect.cases;

import java.time.Instant;

/** One change in a case's history: when, by whom (login name), and what (an audit action name). */
public record TimelineEntry(Instant at, String by, String action) {
}

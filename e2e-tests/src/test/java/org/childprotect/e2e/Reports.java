package org.childprotect.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;

import tools.jackson.databind.JsonNode;

/** Reads the ministry's count of registered cases per district, waiting for events to arrive. */
final class Reports {

	private Reports() {
	}

	static int registeredIn(String district) {
		Http.Response response = Http.get("/api/reports/cases-by-district", Tokens.of("analyst"));
		if (response.status() != 200) {
			throw new IllegalStateException("Report answered " + response.status() + ": " + response.body());
		}
		for (JsonNode row : response.json().get("rows")) {
			if (district.equals(row.get("district").asString())) {
				return row.get("count").asInt();
			}
		}
		return 0;
	}

	/**
	 * The count once nothing registered earlier is still on its way to the report: unchanged for {@code quiet}.
	 * A test that expects its own registration to add exactly one reads its baseline with this, since the case a
	 * test before it registered may still be in the outbox or the topic (events reach the report within 2 s at p95).
	 */
	static int settledRegisteredIn(String district, Duration quiet) {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		int count = registeredIn(district);
		Instant unchangedSince = Instant.now();
		while (Duration.between(unchangedSince, Instant.now()).compareTo(quiet) < 0) {
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("The count for " + district + " kept changing for 30 s");
			}
			sleep(250);
			int now = registeredIn(district);
			if (now != count) {
				count = now;
				unchangedSince = Instant.now();
			}
		}
		return count;
	}

	/** Polls until the count satisfies the condition or the timeout passes; returns the last count seen. */
	static int awaitRegisteredIn(String district, IntPredicate condition, Duration timeout) {
		return awaitRegisteredIn(district, condition, timeout, 250);
	}

	/** As {@link #awaitRegisteredIn(String, IntPredicate, Duration)}, polling every {@code everyMillis}. */
	static int awaitRegisteredIn(String district, IntPredicate condition, Duration timeout, long everyMillis) {
		Instant deadline = Instant.now().plus(timeout);
		int count = registeredIn(district);
		while (!condition.test(count) && Instant.now().isBefore(deadline)) {
			sleep(everyMillis);
			count = registeredIn(district);
		}
		return count;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

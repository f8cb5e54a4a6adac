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

package org.childprotect.cases.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Latencies of one operation against one target, and how many requests per second were served. */
final class Measurement {

	private final List<Long> nanos = new ArrayList<>();

	private long elapsedNanos;

	private int errors;

	synchronized void record(long latencyNanos, boolean ok) {
		nanos.add(latencyNanos);
		if (!ok) {
			errors++;
		}
	}

	synchronized void addElapsed(long phaseNanos) {
		elapsedNanos += phaseNanos;
	}

	synchronized int requests() {
		return nanos.size();
	}

	synchronized int errors() {
		return errors;
	}

	synchronized double throughput() {
		return elapsedNanos == 0 ? 0 : nanos.size() / (elapsedNanos / 1e9);
	}

	/** The latency in milliseconds below which the given share of requests stayed (nearest rank). */
	synchronized double percentileMillis(double share) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(share * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
	}

	String row(String operation, String target) {
		return String.format(Locale.ROOT, "| %-24s | %-7s | %5d | %4d | %7.1f | %7.1f | %7.1f | %7.1f | %7.1f |",
				operation, target, requests(), errors(), throughput(), percentileMillis(0.50), percentileMillis(0.95),
				percentileMillis(0.99), percentileMillis(1.0));
	}

	static String header() {
		return "| operation                | target  |     n | errs |   req/s | p50 ms  | p95 ms  | p99 ms  | max ms  |\n"
				+ "|--------------------------|---------|-------|------|---------|---------|---------|---------|---------|";
	}

}

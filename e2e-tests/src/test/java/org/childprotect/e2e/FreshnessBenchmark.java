package org.childprotect.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Freshness of the ministry's figures, end to end; a program, not a test (surefire runs {@code *Tests} only).
 * Against the running stack it registers cases one at a time through the gateway, as a social worker, and times
 * each from the 201 to the moment the analyst's count of registered cases by district shows it: the outbox relay,
 * Kafka, reporting-service's consumer, its cube update and the report API, all in the path.
 *
 * <pre>
 * bin/status --quiet || bin/start
 * mvn -q -B -o -pl e2e-tests test-compile dependency:build-classpath -Dmdep.outputFile=target/e2e.cp -Dmdep.includeScope=test
 * java -cp e2e-tests/target/test-classes:$(cat e2e-tests/target/e2e.cp) org.childprotect.e2e.FreshnessBenchmark 100
 * </pre>
 */
public final class FreshnessBenchmark {

	private static final Duration GIVE_UP = Duration.ofSeconds(30);

	private FreshnessBenchmark() {
	}

	public static void main(String[] args) {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		String worker = Tokens.of("worker.pp");
		List<Double> millis = new ArrayList<>(cases);
		int missed = 0;
		for (int i = 0; i < cases; i++) {
			int before = Reports.registeredIn("KH-PP");
			long started = System.nanoTime();
			Http.Response created = Http.postJson("/api/cases", worker,
					CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Fresh")));
			if (created.status() != 201) {
				throw new IllegalStateException("Registration answered " + created.status() + ": " + created.body());
			}
			long registered = System.nanoTime();
			int seen = Reports.awaitRegisteredIn("KH-PP", count -> count > before, GIVE_UP, 20);
			if (seen > before) {
				millis.add((System.nanoTime() - registered) / 1e6);
			}
			else {
				missed++;
			}
			if (i == 0) {
				System.out.printf(Locale.ROOT, "first case: registration %.0f ms, then visible after %.0f ms%n",
						(registered - started) / 1e6, millis.isEmpty() ? Double.NaN : millis.get(0));
			}
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT,
				"freshness, %d cases registered one at a time through the gateway, time from the 201 until the "
						+ "analyst's report counts the case (polled every 20 ms):%n"
						+ "  p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; not visible within %d s: %d%n"
						+ "  target p95 < 2000 ms: %s%n",
				millis.size(), percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
				millis.isEmpty() ? Double.NaN : millis.get(millis.size() - 1), GIVE_UP.toSeconds(), missed,
				missed == 0 && percentile(millis, 95) < 2000 ? "met" : "missed");
	}

	private static double percentile(List<Double> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}

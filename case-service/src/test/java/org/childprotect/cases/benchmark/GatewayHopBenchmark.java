package org.childprotect.cases.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * What the gateway adds to one API call, and why; a program, not a test. Sends the same GET to case-service
 * directly and through the gateway, alternately (so that whatever else the machine does burdens both alike),
 * after a long warm-up: a freshly started gateway is still being compiled by C2 for thousands of requests, and
 * that compilation competes for the two cores with everything else. Prints p50/p90 of both, the hop (the
 * difference of the p50s) and, when the stack's PID file of the gateway is there, the gateway's CPU time per
 * proxied request by thread group (event loop, JIT compiler, ...), read from {@code /proc}.
 * <p>
 * With {@code --compare=URL} a second gateway joins the alternation, for instance a Spring Cloud Gateway with the
 * same route and nothing else ({@code docs/benchmarks/bare-gateway/}): the floor that this framework sets on this
 * machine, measured under the same conditions as ours.
 *
 * <pre>
 * bin/start
 * java -cp "case-service/target/test-classes:case-service/target/classes:$(cat case-service/target/benchmark.classpath)" \
 *     org.childprotect.cases.benchmark.GatewayHopBenchmark --path=/api/cases/{id} --warmup=8000 --requests=1000
 * </pre>
 * Options: {@code --path} (default {@code /api/reference-data}), {@code --user} (default {@code supervisor.pp}),
 * {@code --warmup}, {@code --requests}, {@code --gateway}, {@code --direct}, {@code --realm},
 * {@code --gateway-pid-file} (default {@code .stack/pids/gateway.pid}), {@code --compare} and
 * {@code --compare-pid-file} (no default: without them, no second gateway).
 */
public final class GatewayHopBenchmark {

	private GatewayHopBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		String path = options.getOrDefault("path", "/api/reference-data");
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "8000"));
		int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
		String direct = options.getOrDefault("direct", "http://127.0.0.1:8081");
		List<Gateway> gateways = new ArrayList<>();
		gateways.add(new Gateway("gateway", options.getOrDefault("gateway", "http://localhost:8080"),
				Path.of(options.getOrDefault("gateway-pid-file", ".stack/pids/gateway.pid"))));
		if (options.containsKey("compare")) {
			String comparedPidFile = options.get("compare-pid-file");
			gateways.add(new Gateway("compared", options.get("compare"),
					comparedPidFile == null ? null : Path.of(comparedPidFile)));
		}
		KeycloakTokens tokens = new KeycloakTokens(
				options.getOrDefault("realm", "http://localhost:8180/realms/childprotect"),
				options.getOrDefault("user", "supervisor.pp"));
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		int size = call(http, tokens, direct + path).length;
		System.out.printf(Locale.ROOT, "GET %s (%,d bytes), %,d warm-up and %,d measured requests per target%n", path,
				size, warmup, requests);
		for (int i = 0; i < warmup; i++) {
			call(http, tokens, direct + path);
			gateways.forEach((gateway) -> call(http, tokens, gateway.url + path));
		}
		for (Gateway gateway : gateways) {
			gateway.cpuBefore = cpuByThreadGroup(gateway.pidFile);
		}
		Measurement directly = new Measurement();
		for (int i = 0; i < requests; i++) {
			timed(http, tokens, direct + path, directly);
			gateways.forEach((gateway) -> timed(http, tokens, gateway.url + path, gateway.latency));
		}
		for (Gateway gateway : gateways) {
			gateway.cpuAfter = cpuByThreadGroup(gateway.pidFile);
		}

		double directP50 = directly.percentileMillis(0.5);
		System.out.printf(Locale.ROOT, "direct   p50 %6.2f ms, p90 %6.2f ms%n", directP50, directly.percentileMillis(0.9));
		for (Gateway gateway : gateways) {
			gateway.print(directP50, requests);
		}
	}

	/** A gateway in the alternation: where it listens, where its PID is, what it measured. */
	private static final class Gateway {

		private final String name;

		private final String url;

		private final @Nullable Path pidFile;

		private final Measurement latency = new Measurement();

		private Map<String, Long> cpuBefore = Map.of();

		private Map<String, Long> cpuAfter = Map.of();

		Gateway(String name, String url, @Nullable Path pidFile) {
			this.name = name;
			this.url = url;
			this.pidFile = pidFile;
		}

		void print(double directP50, int requests) {
			double p50 = latency.percentileMillis(0.5);
			System.out.printf(Locale.ROOT, "%-8s p50 %6.2f ms, p90 %6.2f ms (%s)%n", name, p50,
					latency.percentileMillis(0.9), url);
			System.out.printf(Locale.ROOT,
					"   hop at p50 %.2f ms: %+.1f %% on this request (target <= 25 %%)%n", p50 - directP50,
					100 * (p50 - directP50) / directP50);
			if (cpuBefore.isEmpty()) {
				System.out.println("   (no readable PID file" + (pidFile == null ? "" : " at " + pidFile)
						+ ": CPU per request not measured)");
				return;
			}
			System.out.println("   CPU per proxied request, by thread group:");
			cpuAfter.forEach((group, after) -> {
				double millis = (after - cpuBefore.getOrDefault(group, 0L)) / 1e6 / requests;
				if (millis >= 0.005) {
					System.out.printf(Locale.ROOT, "      %-18s %.2f ms%n", group, millis);
				}
			});
		}

	}

	private static void timed(HttpClient http, KeycloakTokens tokens, String url, Measurement into) {
		long started = System.nanoTime();
		call(http, tokens, url);
		into.record(System.nanoTime() - started, true);
	}

	private static byte[] call(HttpClient http, KeycloakTokens tokens, String url) {
		try {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(URI.create(url)).header("Authorization", tokens.bearer()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Nanoseconds each thread group of a JVM has run on a CPU, from {@code /proc/<pid>/task/<tid>/schedstat}
	 * (the scheduler's own count, exact, unlike the 10 ms ticks of {@code stat}), summed by name with numbers dropped
	 * ("reactor-http-epoll-2" and "-1" are one group); empty when the PID is not known.
	 */
	private static Map<String, Long> cpuByThreadGroup(@Nullable Path pidFile) throws IOException {
		Map<String, Long> byGroup = new TreeMap<>();
		if (pidFile == null || !Files.isReadable(pidFile)) {
			return byGroup;
		}
		Path tasks = Path.of("/proc", Files.readString(pidFile).trim(), "task");
		try (var threads = Files.list(tasks)) {
			for (Path thread : threads.toList()) {
				try {
					String group = Files.readString(thread.resolve("comm")).trim().replaceAll("[-#]?\\d+$", "");
					String runNanos = Files.readString(thread.resolve("schedstat")).split(" ")[0];
					byGroup.merge(group, Long.parseLong(runNanos), Long::sum);
				}
				catch (IOException threadEnded) {
					// Its time went with it; a thread that ends during a run is no part of proxying.
				}
			}
		}
		return byGroup;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new TreeMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Options are --name=value, got: " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

}

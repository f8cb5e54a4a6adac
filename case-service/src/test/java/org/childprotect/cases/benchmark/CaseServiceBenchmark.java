package org.childprotect.cases.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.childprotect.cases.benchmark.StoreSeeder.SeededCase;

import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark of case-service with a large store: latency percentiles and throughput of registering a case,
 * reading one by id, searching by name and asking for likely matches, each through the gateway and directly to
 * the service in the same run, with real Keycloak tokens. Not a test: it needs the running stack ({@code bin/start})
 * and prints a table. See README.md next to this file.
 */
public final class CaseServiceBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Options options;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final KeycloakTokens worker;

	private final KeycloakTokens supervisor;

	private final List<String> created = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Integer> misses = Collections.synchronizedMap(new LinkedHashMap<>());

	private CaseServiceBenchmark(Options options) {
		this.options = options;
		this.worker = new KeycloakTokens(options.realm(), "worker.pp");
		this.supervisor = new KeycloakTokens(options.realm(), "supervisor.pp");
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		new CaseServiceBenchmark(options).run();
		System.exit(0);
	}

	private void run() throws Exception {
		if (options.cleanup()) {
			try (StoreSeeder store = new StoreSeeder(options.mongo())) {
				System.out.printf("Removing what earlier runs left in %s:%n", options.mongo());
				removeAll(store, store.generated(options.cases(), districts()));
			}
			return;
		}
		System.out.printf("case-service benchmark, %s%n  gateway %s, direct %s, MongoDB %s%n", Instant.now(),
				options.gateway(), options.direct(), options.mongo());
		requireUp(options.gateway() + "/actuator/health");
		requireUp(options.direct() + "/actuator/health/readiness");
		try (StoreSeeder store = new StoreSeeder(options.mongo())) {
			System.out.printf("Seeding: %,d cases requested, %,d in the store before%n", options.cases(),
					store.storedCases());
			String withBirthDate = register(options.direct(), templateBody(true));
			String withEstimatedAge = register(options.direct(), templateBody(false));
			List<SeededCase> seeded = store.seed(options.cases(), districts(), store.stored(withBirthDate),
					store.stored(withEstimatedAge), new StoreSeeder.Worker(worker.subject(), worker.username()));
			long inStore = store.storedCases();
			try {
				measure(store, seeded, inStore);
			}
			finally {
				if (options.keep()) {
					System.out.printf("Keeping the seeded and created cases (--keep); remove them with --cleanup "
							+ "(created ones are listed in %s).%n", options.ledger());
				}
				else {
					System.out.println("Cleaning up:");
					removeAll(store, seeded);
				}
			}
		}
	}

	/** Removes the seeded cases and every case a run created (listed in the ledger), then the ledger. */
	private void removeAll(StoreSeeder store, List<SeededCase> seeded) throws IOException {
		List<String> createdByRuns = Files.exists(options.ledger()) ? Files.readAllLines(options.ledger()) : List.of();
		store.remove(seeded, createdByRuns.stream().filter(line -> !line.isBlank()).toList());
		Files.deleteIfExists(options.ledger());
	}

	/** Notes a case the run registered through the API, so that a later --cleanup can find it. */
	private void created(String caseId) {
		synchronized (created) {
			created.add(caseId);
			try {
				Files.writeString(options.ledger(), caseId + System.lineSeparator(), StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot note a created case in " + options.ledger(), ex);
			}
		}
	}

	private void measure(StoreSeeder store, List<SeededCase> seeded, long inStore) throws Exception {
		List<SeededCase> phnomPenh = seeded.stream().filter(c -> c.district().equals("KH-PP")).toList();
		List<SeededCase> workersOwn = seeded.stream().filter(c -> c.ownerId().equals(worker.subject())).toList();
		requireFindable(phnomPenh.get(0));

		Map<String, Operation> operations = new LinkedHashMap<>();
		operations.put("create (worker)", new Operation(worker, 201, (base, random) -> HttpRequest
			.newBuilder(URI.create(base + "/api/cases"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(newChildBody(random)))));
		operations.put("get by id (supervisor)", new Operation(supervisor, 200, (base, random) -> HttpRequest
			.newBuilder(URI.create(base + "/api/cases/" + pick(phnomPenh, random).id()))));
		operations.put("search name (supervisor)", new Operation(supervisor, 200,
				(base, random) -> HttpRequest.newBuilder(URI.create(base + "/api/cases?q="
						+ encode(Names.typed(pick(phnomPenh, random).name(), random))))));
		operations.put("search name (worker)", new Operation(worker, 200,
				(base, random) -> HttpRequest.newBuilder(URI.create(base + "/api/cases?q="
						+ encode(Names.typed(pick(workersOwn, random).name(), random))))));
		operations.put("likely matches (worker)", new Operation(worker, 200, (base, random) -> {
			SeededCase c = pick(workersOwn, random);
			return HttpRequest.newBuilder(URI.create(base + "/api/cases/likely-matches?givenName="
					+ encode(c.name().givenName()) + "&familyName=" + encode(c.name().familyName()) + "&birthYear="
					+ c.birthYear() + "&district=KH-PP"));
		}));

		System.out.printf("Measuring: %,d cases in the store (%,d seeded, %,d of them worker.pp's), %,d audit entries;"
				+ " %d warm-up and %d measured requests per operation and target%n", inStore, seeded.size(),
				workersOwn.size(), store.auditEntries(), options.warmup(), options.requests());
		for (int concurrency : options.concurrency()) {
			Map<String, Measurement[]> results = new LinkedHashMap<>();
			ExecutorService clients = Executors.newFixedThreadPool(concurrency);
			long started = System.nanoTime();
			try {
				for (Map.Entry<String, Operation> operation : operations.entrySet()) {
					Measurement direct = new Measurement();
					Measurement gateway = new Measurement();
					phase(clients, concurrency, operation.getValue(), options.direct(), options.warmup(),
							new Measurement());
					phase(clients, concurrency, operation.getValue(), options.gateway(), options.warmup(),
							new Measurement());
					// Direct, gateway, gateway, direct: a store that slows down as it grows burdens both alike.
					int half = options.requests() / 2;
					int rest = options.requests() - half;
					phase(clients, concurrency, operation.getValue(), options.direct(), half, direct);
					phase(clients, concurrency, operation.getValue(), options.gateway(), half, gateway);
					phase(clients, concurrency, operation.getValue(), options.gateway(), rest, gateway);
					phase(clients, concurrency, operation.getValue(), options.direct(), rest, direct);
					results.put(operation.getKey(), new Measurement[] { direct, gateway });
				}
			}
			finally {
				clients.shutdownNow();
			}
			System.out.printf(Locale.ROOT, "%n%d concurrent client(s), %d s, %,d audit entries afterwards, load average "
					+ "%.1f on %d cores:%n", concurrency, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
					store.auditEntries(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors());
			report(results);
		}
	}

	private void phase(ExecutorService clients, int concurrency, Operation operation, String base, int requests,
			Measurement into) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		List<Future<?>> running = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < concurrency; i++) {
			running.add(clients.submit(() -> {
				while (next.getAndIncrement() < requests) {
					send(operation, base, into);
				}
			}));
		}
		for (Future<?> client : running) {
			try {
				client.get();
			}
			catch (ExecutionException failed) {
				throw new IllegalStateException(failed.getCause());
			}
		}
		into.addElapsed(System.nanoTime() - started);
	}

	private void send(Operation operation, String base, Measurement into) {
		HttpRequest request = operation.request()
			.apply(base, ThreadLocalRandom.current())
			.header("Authorization", operation.tokens().bearer())
			.timeout(Duration.ofSeconds(60))
			.build();
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long latency = System.nanoTime() - started;
			boolean ok = response.statusCode() == operation.expectedStatus();
			into.record(latency, ok);
			if (ok && response.statusCode() == 201) {
				created(JSON.readTree(response.body()).get("id").asString());
			}
			if (ok && (response.body().contains("\"totalElements\":0") || response.body().equals("[]"))) {
				misses.merge(request.uri().getPath(), 1, Integer::sum);
			}
		}
		catch (IOException ex) {
			into.record(System.nanoTime() - started, false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void report(Map<String, Measurement[]> results) {
		System.out.println();
		System.out.println(Measurement.header());
		results.forEach((operation, measured) -> {
			System.out.println(measured[0].row(operation, "direct"));
			System.out.println(measured[1].row(operation, "gateway"));
		});
		System.out.println();
		results.forEach((operation, measured) -> {
			double overhead = (measured[1].percentileMillis(0.5) / measured[0].percentileMillis(0.5) - 1) * 100;
			System.out.printf(Locale.ROOT, "gateway overhead at p50, %-24s %+6.1f %% (target <= 25 %%: %s)%n",
					operation + ":", overhead, overhead <= 25 ? "met" : "MISSED");
		});
		results.forEach((operation, measured) -> {
			if (operation.startsWith("search")) {
				for (int target = 0; target < 2; target++) {
					double p95 = measured[target].percentileMillis(0.95);
					System.out.printf(Locale.ROOT, "search p95, %-24s %-7s %7.1f ms (target < 150 ms: %s)%n",
							operation + ",", target == 0 ? "direct" : "gateway", p95, p95 < 150 ? "met" : "MISSED");
				}
			}
		});
		misses.forEach((path, count) -> System.out.printf("answers with nothing found on %s: %d%n", path, count));
		misses.clear();
	}

	/** Stops early, with the reason, unless a search finds a seeded case: otherwise the figures would mean nothing. */
	private void requireFindable(SeededCase seeded) throws IOException, InterruptedException {
		String q = seeded.caseNumber();
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(options.direct() + "/api/cases?q=" + encode(q)))
			.header("Authorization", supervisor.bearer())
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains(seeded.id())) {
			throw new IllegalStateException("A seeded case cannot be found by its number (HTTP "
					+ response.statusCode() + "); is the service's search in the build that runs?");
		}
	}

	private String register(String base, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
			.header("Authorization", worker.bearer())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Registering a template case failed: HTTP " + response.statusCode() + " "
					+ response.body());
		}
		String id = JSON.readTree(response.body()).get("id").asString();
		created(id);
		return id;
	}

	private void requireUp(String url) throws InterruptedException {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				return;
			}
		}
		catch (IOException down) {
			// Reported below.
		}
		throw new IllegalStateException(url + " does not answer: start the stack first (bin/start)");
	}

	/** The district codes of the reference data the service seeds itself from. */
	private static List<String> districts() throws IOException {
		try (var file = CaseServiceBenchmark.class.getResourceAsStream("/reference-data/v1.json")) {
			List<String> codes = new ArrayList<>();
			JSON.readTree(file).get("regions").forEach(region -> region.get("districts")
				.forEach(district -> codes.add(district.get("code").asString())));
			return codes;
		}
	}

	private static String templateBody(boolean birthDate) {
		return """
				{"givenName": "Template", "familyName": "Benchmark", "sex": "FEMALE", %s,
				 "district": "KH-PP", "concerns": ["NEGLECT"], "riskLevel": "LOW"}
				""".formatted(birthDate ? "\"dateOfBirth\": \"2012-05-04\"" : "\"estimatedAgeYears\": 9");
	}

	private static String newChildBody(Random random) {
		Names.Name name = Names.child(random);
		return """
				{"givenName": "%s", "familyName": "%s", "sex": "%s", "estimatedAgeYears": %d,
				 "district": "KH-PP", "concerns": ["CHILD_LABOUR"], "riskLevel": "MEDIUM"}
				""".formatted(name.givenName(), name.familyName(), random.nextBoolean() ? "FEMALE" : "MALE",
				random.nextInt(18));
	}

	private static <T> T pick(List<T> list, Random random) {
		return list.get(random.nextInt(list.size()));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private record Operation(KeycloakTokens tokens, int expectedStatus,
			BiFunction<String, Random, HttpRequest.Builder> request) {
	}

	/**
	 * @param cases seeded cases (besides what the store holds already)
	 * @param requests measured requests per operation and target
	 * @param concurrency the numbers of concurrent clients to measure with, one after the other
	 * @param keep leave seeded and created cases in the store afterwards
	 * @param cleanup only remove what runs with {@code keep} left (seeded cases, created ones from the ledger)
	 * @param ledger file listing the cases the runs registered through the API
	 */
	record Options(String gateway, String direct, String realm, String mongo, int cases, int requests, int warmup,
			List<Integer> concurrency, boolean keep, boolean cleanup, Path ledger) {

		static Options parse(String[] args) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("Unknown argument " + arg);
				}
				String[] pair = arg.substring(2).split("=", 2);
				given.put(pair[0], pair.length == 2 ? pair[1] : "true");
			}
			Function<String, Integer> number = key -> Integer.parseInt(given.getOrDefault(key, ""));
			Options options = new Options(given.getOrDefault("gateway", "http://localhost:8080"),
					given.getOrDefault("direct", "http://127.0.0.1:8081"),
					given.getOrDefault("realm", "http://localhost:8180/realms/childprotect"),
					given.getOrDefault("mongo", "mongodb://127.0.0.1:27017/cases"),
					given.containsKey("cases") ? number.apply("cases") : 100_000,
					given.containsKey("requests") ? number.apply("requests") : 300,
					given.containsKey("warmup") ? number.apply("warmup") : 30,
					Arrays.stream(given.getOrDefault("concurrency", "1,4").split(","))
						.map(String::strip)
						.map(Integer::valueOf)
						.toList(),
					Boolean.parseBoolean(given.getOrDefault("keep", "false")),
					Boolean.parseBoolean(given.getOrDefault("cleanup", "false")),
					Path.of(given.getOrDefault("ledger", "benchmark-created-cases.txt")));
			given.keySet()
				.stream()
				.filter(key -> !List.of("gateway", "direct", "realm", "mongo", "cases", "requests", "warmup",
						"concurrency", "keep", "cleanup", "ledger").contains(key))
				.findFirst()
				.ifPresent(key -> {
					throw new IllegalArgumentException("Unknown option --" + key);
				});
			return options;
		}

	}

}

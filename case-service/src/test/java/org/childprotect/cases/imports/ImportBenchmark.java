package org.childprotect.cases.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.netty.channel.Channel;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bson.Document;
import org.childprotect.cases.CaseServiceApplication;
import org.childprotect.platform.security.Caller;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk-import benchmark; a program, not a test. Generates a CSV and an XLSX file of N rows, starts a MongoDB-wire
 * server in a JVM of its own (as in the embedded stack) and the case service in another, with its heap capped
 * (512 MB by default), imports each file end to end (parse, validate, duplicate check, store with outbox events,
 * audit) and then inserts the very same stored documents straight into the same server with the driver, for the
 * raw rate. Prints rows/s, peak heap, and the import rate as a share of the raw rate.
 * <p>
 * A warm-up file ({@code --warmup}, 150,000 rows; imported, then cleared) comes first, so that both JVMs run
 * compiled code as a server that has been up for a while does. The CPU the JIT compilers spent during each measured
 * file is printed: after a 50,000-row warm-up the service still spent some 50 us per row of its 150-160 compiling
 * and the wire server 15 of its 200; after 150,000 rows 30 and 2. The raw insert is the median of three passes
 * (one pass alone swung from 10,000 to 18,000 documents/s between runs). The wire server's heap can be raised for
 * large files with {@code -Dbenchmark.wireJvmOptions=-Xmx16g}: the memory backend holds every document, and at
 * 500,000 rows 8 GB is not enough.
 *
 * <pre>
 * mvn -q -B -o -pl case-service test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp case-service/target/test-classes:case-service/target/classes:$(cat case-service/target/test.cp) \
 *     org.childprotect.cases.imports.ImportBenchmark --rows 100000 --formats csv,xlsx --heap 512m
 * </pre>
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.parseInt(option(args, "--rows", "100000"));
		List<String> formats = List.of(option(args, "--formats", "csv,xlsx").split(","));
		int warmup = Integer.parseInt(option(args, "--warmup", "150000"));
		String heap = option(args, "--heap", "512m");
		Path directory = Files.createDirectories(Path.of(option(args, "--dir", "target/import-benchmark")));
		System.out.printf(Locale.ROOT, "machine: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		List<Path> files = new ArrayList<>();
		if (warmup > 0) {
			Path warm = directory.resolve("warmup-" + warmup + ".csv");
			writeCsv(warm, warmup);
			files.add(warm);
		}
		for (String format : formats) {
			Path file = directory.resolve("cases-" + rows + "." + format);
			if (!Files.exists(file)) {
				long started = System.nanoTime();
				if (format.equals("csv")) {
					writeCsv(file, rows);
				}
				else {
					writeXlsx(file, rows);
				}
				System.out.printf(Locale.ROOT, "generated %s: %.1f MB in %.1f s%n", file.getFileName(),
						Files.size(file) / 1e6, (System.nanoTime() - started) / 1e9);
			}
			files.add(file);
		}
		int port = freePort();
		List<String> wireJvm = new ArrayList<>(List.of("-Xmx8g", "-XX:+UseParallelGC"));
		String wireExtra = System.getProperty("benchmark.wireJvmOptions", "");
		if (!wireExtra.isBlank()) {
			wireJvm.addAll(List.of(wireExtra.trim().split("\\s+")));
		}
		Process wire = java(wireJvm, WireServer.class, List.of(Integer.toString(port)));
		try {
			Thread.sleep(1500);
			List<String> serviceArgs = new ArrayList<>();
			serviceArgs.add(Integer.toString(port));
			serviceArgs.add(Long.toString(wire.pid()));
			serviceArgs.add(directory.toAbsolutePath().toString());
			serviceArgs.add(Boolean.toString(warmup > 0));
			files.forEach(file -> serviceArgs.add(file.toAbsolutePath().toString()));
			List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Xms" + heap));
			String extra = System.getProperty("benchmark.serviceJvmOptions", "");
			if (!extra.isBlank()) {
				jvm.addAll(List.of(extra.trim().split("\\s+")));
			}
			Process service = java(jvm, Service.class, serviceArgs);
			int exit = service.waitFor();
			if (exit != 0) {
				throw new IllegalStateException("Service run failed with exit code " + exit);
			}
		}
		finally {
			wire.destroy();
			wire.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * The MongoDB-wire server of the embedded stack (memory backend), in its own JVM. With
	 * {@code -Dbenchmark.wireTimings=true} in {@code benchmark.wireJvmOptions} it also times each command by kind
	 * and collection and prints where its time went when it stops: which writes of an import cost the server most.
	 */
	public static final class WireServer {

		public static void main(String[] args) throws InterruptedException {
			MemoryBackend backend = Boolean.getBoolean("benchmark.wireTimings") ? new TimedBackend() : new MemoryBackend();
			MongoServer server = new MongoServer(backend);
			server.bind("127.0.0.1", Integer.parseInt(args[0]));
			Thread.currentThread().join();
		}

	}

	/** Server time and statements per command kind and collection, printed at shutdown. */
	static final class TimedBackend extends MemoryBackend {

		private final Map<String, long[]> timings = new ConcurrentHashMap<>();

		TimedBackend() {
			Runtime.getRuntime().addShutdownHook(new Thread(this::print));
		}

		@Override
		public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
				de.bwaldvogel.mongo.bson.Document query) {
			long started = System.nanoTime();
			try {
				return super.handleCommand(channel, database, command, query);
			}
			finally {
				long nanos = System.nanoTime() - started;
				Object statements = query.get("updates") != null ? query.get("updates")
						: query.get("documents") != null ? query.get("documents") : query.get("deletes");
				long[] sums = timings.computeIfAbsent(command + " " + query.get(command), key -> new long[3]);
				synchronized (sums) {
					sums[0] += nanos;
					sums[1]++;
					sums[2] += statements instanceof List<?> list ? list.size() : 1;
				}
			}
		}

		private void print() {
			System.out.println("wire server time by command (total ms, commands, statements, us per statement):");
			timings.entrySet()
				.stream()
				.sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
				.limit(20)
				.forEach(entry -> System.out.printf(Locale.ROOT, "   %-40s %8.0f %8d %9d %8.1f%n", entry.getKey(),
						entry.getValue()[0] / 1e6, entry.getValue()[1], entry.getValue()[2],
						entry.getValue()[0] / 1e3 / entry.getValue()[2]));
		}

	}

	/** The case service with its capped heap: imports each file, then measures raw inserts of the same documents. */
	public static final class Service {

		static final int RAW_SAMPLE = 100_000;

		static final int RAW_PASSES = 3;

		public static void main(String[] args) throws Exception {
			String uri = "mongodb://127.0.0.1:" + args[0] + "/cases";
			long wirePid = Long.parseLong(args[1]);
			Path spool = Path.of(args[2]).resolve("spool");
			boolean warmup = Boolean.parseBoolean(args[3]);
			// As command-line arguments: they outrank application.yml, as the environment does in production.
			ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseServiceApplication.class).run(
					"--spring.mongodb.uri=" + uri, "--server.port=0", "--childprotect.outbox.enabled=false",
					"--spring.kafka.admin.auto-create=false", "--childprotect.imports.max-rows=1000000",
					"--childprotect.imports.max-file-size=1GB", "--childprotect.imports.spool-directory=" + spool,
					"--logging.level.root=WARN", "--spring.main.banner-mode=off");
			int exit = 0;
			try (MongoClient client = MongoClients.create(uri)) {
				MongoDatabase database = client.getDatabase("cases");
				PaperImports imports = context.getBean(PaperImports.class);
				Caller importer = new Caller("sub-importer.pp", "importer.pp", Set.of(Caller.DISTRICT_IMPORTER),
						Set.of("KH-PP"), "AG-DOSVY-PP");
				for (int i = 4; i < args.length; i++) {
					Path file = Path.of(args[i]);
					if (warmup && i == 4) {
						// A running service has its code compiled; the first minute of a fresh JVM has not.
						clear(database);
						importAndWait(imports, importer, file);
						System.out.printf(Locale.ROOT, "warm-up: imported %s%n", file.getFileName());
						continue;
					}
					clear(database);
					System.gc();
					HeapWatch heap = HeapWatch.start();
					Cpu cpu = Cpu.start(wirePid);
					long started = System.nanoTime();
					ImportJob job;
					try (InputStream in = Files.newInputStream(file)) {
						job = imports.start(importer, file.getFileName().toString(), in, false);
					}
					long accepted = System.nanoTime();
					while (!job.status().isFinished()) {
						Thread.sleep(100);
						job = imports.find(job.jobId(), importer);
					}
					long finished = System.nanoTime();
					heap.stop();
					Cpu.Used importCpu = cpu.stop();
					double seconds = (finished - started) / 1e9;
					ImportCounts counts = job.counts();
					long stored = database.getCollection("cases").countDocuments();
					double rate = counts.rowsRead() / seconds;
					System.out.printf(Locale.ROOT,
							"%n== %s (%.1f MB): %s in %.1f s (upload accepted after %.1f s)%n   rows %d, imported %d, "
									+ "rejected %d, possible duplicates %d, stored cases %d%n   import rate: %.0f rows/s%n"
									+ "   heap: max %d MB, peak used %d MB, peak live after GC %d MB%n",
							file.getFileName(), Files.size(file) / 1e6, job.status(), seconds, (accepted - started) / 1e9,
							counts.rowsRead(), counts.imported(), counts.rejected(), counts.possibleDuplicates(), stored,
							rate, Runtime.getRuntime().maxMemory() >> 20, heap.peakUsed >> 20, heap.peakLive >> 20);
					System.out.printf(Locale.ROOT, "   CPU per row: service %.0f us, MongoDB-wire server %.0f us (load average %.1f)%n"
							+ "   of which JIT compilation: service %.0f us, MongoDB-wire server %.0f us%n",
							importCpu.serviceMicros() / counts.rowsRead(), importCpu.serverMicros() / counts.rowsRead(),
							ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
							importCpu.serviceJitMicros() / counts.rowsRead(), importCpu.serverJitMicros() / counts.rowsRead());
					if (Boolean.getBoolean("benchmark.threads")) {
						var threads = ManagementFactory.getThreadMXBean();
						java.util.Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
							.filter(java.util.Objects::nonNull)
							.map(info -> java.util.Map.entry(info.getThreadName(), threads.getThreadCpuTime(info.getThreadId()) / 1_000_000))
							.sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
							.limit(8)
							.forEach(entry -> System.out.println("   thread " + entry.getKey() + ": " + entry.getValue() + " ms"));
						ManagementFactory.getGarbageCollectorMXBeans()
							.forEach(gc -> System.out.println("   gc " + gc.getName() + ": " + gc.getCollectionCount() + " collections, "
									+ gc.getCollectionTime() + " ms"));
						System.out.println("   JIT: " + ManagementFactory.getCompilationMXBean().getTotalCompilationTime() + " ms");
					}
					Cpu rawCpu = Cpu.start(wirePid);
					double raw = rawInsertRate(database);
					Cpu.Used rawUsed = rawCpu.stop();
					long copied = Math.min(stored, RAW_SAMPLE);
					System.out.printf(Locale.ROOT, "   raw insert of %d of the same documents (median): %.0f docs/s -> import at %.1f %% of raw%n"
							+ "   raw CPU per document: driver side %.0f us, MongoDB-wire server %.0f us%n", copied, raw,
							100 * rate / raw, rawUsed.serviceMicros() / copied / RAW_PASSES,
							rawUsed.serverMicros() / copied / RAW_PASSES);
					if (job.status() != ImportStatus.COMPLETED) {
						exit = 1;
					}
				}
			}
			finally {
				context.close();
			}
			System.exit(exit);
		}

		private static void clear(MongoDatabase database) {
			for (String name : List.of("cases", "cases_raw", "counters", "audit_trail", "audit_case_changes",
					"case_search_terms", "import_jobs", "import_rows")) {
				database.getCollection(name).deleteMany(new Document());
			}
		}

		/**
		 * The raw insert rate of the imported documents: the median of {@value #RAW_PASSES} passes, each printed. One
		 * pass swung from 10,000 to 18,000 documents/s between runs of the same file (the wire server's garbage
		 * collections, in a heap that holds every document, fall in some passes and not in others); the median of
		 * three is what a target can be held against.
		 */
		private static double rawInsertRate(MongoDatabase database) {
			// The import's search terms are not part of the raw figure; dropping them leaves the server room.
			database.getCollection("case_search_terms").drop();
			double[] rates = new double[RAW_PASSES];
			for (int pass = 0; pass < RAW_PASSES; pass++) {
				rates[pass] = rawInsertPass(database, pass == 0);
			}
			System.out.printf(Locale.ROOT, "   raw insert passes: %s docs/s%n", java.util.Arrays.stream(rates)
				.mapToObj(rate -> String.format(Locale.ROOT, "%.0f", rate))
				.collect(java.util.stream.Collectors.joining(", ")));
			java.util.Arrays.sort(rates);
			return rates[RAW_PASSES / 2];
		}

		/**
		 * Copies the imported documents (at most {@value #RAW_SAMPLE}, so that the server need not hold a large
		 * import twice), 500 at a time as the import writes them, into a collection with the same indexes; only the
		 * inserts are timed.
		 */
		private static double rawInsertPass(MongoDatabase database, boolean describe) {
			MongoCollection<Document> source = database.getCollection("cases");
			MongoCollection<Document> target = database.getCollection("cases_raw");
			target.drop();
			for (Document index : source.listIndexes()) {
				if (!index.getString("name").equals("_id_")) {
					IndexOptions options = new IndexOptions().name(index.getString("name"))
						.unique(index.getBoolean("unique", false))
						.sparse(index.getBoolean("sparse", false));
					target.createIndex((Document) index.get("key"), options);
				}
			}
			long insertNanos = 0;
			long documents = 0;
			long bytes = 0;
			try (MongoCursor<Document> cursor = source.find().limit(RAW_SAMPLE).batchSize(500).iterator()) {
				List<Document> batch = new ArrayList<>(500);
				while (cursor.hasNext()) {
					Document next = cursor.next();
					if (describe && documents == 0 && batch.isEmpty() && Boolean.getBoolean("benchmark.showDocument")) {
						System.out.println(next.toJson());
					}
					bytes += new org.bson.RawBsonDocument(next, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
					batch.add(next);
					if (batch.size() == 500 || !cursor.hasNext()) {
						long start = System.nanoTime();
						target.insertMany(batch);
						insertNanos += System.nanoTime() - start;
						documents += batch.size();
						batch.clear();
					}
				}
			}
			target.drop();
			if (describe) {
				System.out.printf(Locale.ROOT, "   stored case documents: %.0f bytes on average%n", (double) bytes / Math.max(1, documents));
			}
			return documents / (insertNanos / 1e9);
		}

	}

	private static ImportJob importAndWait(PaperImports imports, Caller importer, Path file) throws Exception {
		ImportJob job;
		try (InputStream in = Files.newInputStream(file)) {
			job = imports.start(importer, file.getFileName().toString(), in, false);
		}
		while (!job.status().isFinished()) {
			Thread.sleep(100);
			job = imports.find(job.jobId(), importer);
		}
		return job;
	}

	/**
	 * CPU time spent by this JVM and by the MongoDB-wire server process: unlike rates, it does not depend on what
	 * else the machine is doing at the time. Also the part of it spent by each JVM's JIT compiler threads, which a
	 * service that has been up for a while no longer pays.
	 */
	private record Cpu(long service, long server, long serviceJit, long serverJit, long wirePid) {

		record Used(double serviceMicros, double serverMicros, double serviceJitMicros, double serverJitMicros) {
		}

		static Cpu start(long wirePid) {
			return new Cpu(serviceNanos(), processNanos(wirePid), jitNanos(ProcessHandle.current().pid()),
					jitNanos(wirePid), wirePid);
		}

		Used stop() {
			return new Used((serviceNanos() - service) / 1e3, (processNanos(wirePid) - server) / 1e3,
					(jitNanos(ProcessHandle.current().pid()) - serviceJit) / 1e3, (jitNanos(wirePid) - serverJit) / 1e3);
		}

		private static long serviceNanos() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		/** utime + stime of a process from /proc, in clock ticks of 10 ms. */
		private static long processNanos(long pid) {
			return ticksToNanos(Path.of("/proc", Long.toString(pid), "stat"));
		}

		/** utime + stime of a JVM's compiler threads ("C1 CompilerThre", "C2 CompilerThre"). */
		private static long jitNanos(long pid) {
			long nanos = 0;
			try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
				for (Path task : tasks.toList()) {
					try {
						if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
							nanos += ticksToNanos(task.resolve("stat"));
						}
					}
					catch (IOException threadEnded) {
						// A compiler thread that ended took its time with it; the others still count.
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
			return nanos;
		}

		private static long ticksToNanos(Path stat) {
			try {
				String text = Files.readString(stat);
				String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
				return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

	}

	/**
	 * Samples the heap every 50 ms: the highest use seen, and the highest use left right after a collection (the
	 * live data, which is what a heap cap has to hold).
	 */
	private static final class HeapWatch implements Runnable {

		private volatile boolean running = true;

		private long peakUsed;

		private long peakLive;

		private final Thread thread = new Thread(this, "heap-watch");

		static HeapWatch start() {
			HeapWatch watch = new HeapWatch();
			watch.thread.setDaemon(true);
			watch.thread.start();
			return watch;
		}

		@Override
		public void run() {
			while (running) {
				sample();
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private void sample() {
			// Sampled as a whole: adding up each pool's own peak would add peaks that never coincided.
			long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			long live = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
					live += pool.getCollectionUsage().getUsed();
				}
			}
			peakUsed = Math.max(peakUsed, used);
			peakLive = Math.max(peakLive, live);
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
			sample();
		}

	}

	/** Khmer given names are mostly two syllables; these combine into some 1,600 names, a few far more common. */
	private static final String[] SYLLABLES = { "so", "kha", "da", "ra", "van", "na", "bo", "pha", "pi", "seth",
			"srey", "leak", "ko", "sal", "thi", "rith", "ma", "ly", "ni", "ta", "mo", "ny", "chen", "vi", "sa",
			"phea", "cha", "ka", "nha", "sam", "nang", "vuth", "kun", "thea", "rak", "smey", "sov", "ann", "chan",
			"trea" };

	private static final String[] FAMILY = { "Chan", "Sok", "Kim", "Heng", "Ly", "Ouk", "Meas", "Chea", "Sam", "Yos",
			"Pich", "Sao", "Keo", "Touch", "Lim", "Prak", "Nhem", "Hun", "Seng", "Mao", "Tep", "Sim", "Nuon", "Khiev",
			"Phan", "Chhim", "Long", "Kong", "Vong", "Say", "Mean", "Pen", "Chum", "Ros", "Sin", "Tan", "Eng",
			"Uy", "Huot", "Khem" };

	private static final String[] CONCERNS = { "NEGLECT", "PHYSICAL_ABUSE", "CHILD_LABOUR", "SEXUAL_ABUSE",
			"OCSEA_GROOMING", "TRAFFICKING", "SEPARATED_UNACCOMPANIED" };

	/**
	 * Rows like a district office's backlog: names drawn from common Khmer given and family names (a few very
	 * frequent), birth dates as day/month/year, ISO, a year or an estimated age, one row in a hundred faulty.
	 */
	static List<String> row(Random random, int number) {
		String first = SYLLABLES[skewed(random, SYLLABLES.length)];
		String given = Character.toUpperCase(first.charAt(0)) + first.substring(1)
				+ SYLLABLES[random.nextInt(SYLLABLES.length)];
		String family = FAMILY[skewed(random, FAMILY.length)];
		LocalDate born = LocalDate.of(2009, 1, 1).plusDays(random.nextInt(16 * 365));
		String dateOfBirth = switch (random.nextInt(10)) {
			case 0 -> born.toString();
			case 1 -> Integer.toString(born.getYear());
			case 2 -> "";
			default -> "%02d/%02d/%d".formatted(born.getDayOfMonth(), born.getMonthValue(), born.getYear());
		};
		String age = dateOfBirth.isEmpty() ? "about " + (1 + random.nextInt(16)) : "";
		String concerns = CONCERNS[random.nextInt(CONCERNS.length)]
				+ (random.nextInt(4) == 0 ? "; " + CONCERNS[random.nextInt(CONCERNS.length)] : "");
		String risk = new String[] { "High", "Medium", "Low" }[random.nextInt(3)];
		if (number % 100 == 0) {
			dateOfBirth = "31/02/2012";
		}
		return List.of("PP-" + number, "KH-PP", given, family, random.nextBoolean() ? "F" : "M", dateOfBirth, age,
				concerns, risk);
	}

	/** Smaller indexes far more often: a handful of family names cover most children. */
	private static int skewed(Random random, int size) {
		double u = random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u));
	}

	static void writeCsv(Path file, int rows) throws IOException {
		Random random = new Random(42);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			CsvOut.row(out, List.of("Paper form number", "District", "Given name", "Family name", "Sex", "Date of birth",
					"Age", "Concerns", "Risk level"));
			for (int i = 1; i <= rows; i++) {
				CsvOut.row(out, row(random, i));
			}
		}
	}

	/** With a shared-strings table, as Excel itself writes workbooks. */
	static void writeXlsx(Path file, int rows) throws IOException {
		Random random = new Random(42);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Cases");
			List<String> header = List.of("Paper form number", "District", "Given name", "Family name", "Sex",
					"Date of birth", "Age", "Concerns", "Risk level");
			write(sheet.createRow(0), header);
			for (int i = 1; i <= rows; i++) {
				write(sheet.createRow(i), row(random, i));
			}
			workbook.write(out);
		}
	}

	private static void write(Row row, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (!values.get(i).isEmpty()) {
				row.createCell(i).setCellValue(values.get(i));
			}
		}
	}

	private static Process java(List<String> jvmOptions, Class<?> main, List<String> args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(main.getName());
		command.addAll(args);
		return new ProcessBuilder(command).inheritIO().start();
	}

	private static int freePort() throws IOException {
		try (var socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String option(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}


}

package org.childprotect.reporting.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.childprotect.reporting.MongoWire;
import org.childprotect.reporting.ReportingServiceApplication;
import org.childprotect.reporting.cases.CaseFacts;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.generations.Generations;
import org.childprotect.reporting.generations.RebuildState;
import org.childprotect.reporting.generations.RebuildStatus;
import org.childprotect.reporting.generations.Rebuilds;
import org.childprotect.reporting.referrals.ReferralFacts;
import org.childprotect.reporting.tables.AggregateTables;
import org.childprotect.reporting.tables.IndicatorSet;
import org.childprotect.reporting.tables.Indicators;
import org.childprotect.reporting.tables.Measure;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.PeriodType;
import org.childprotect.reporting.tables.ReleasedTable;
import org.childprotect.reporting.tables.TableRequest;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The reporting benchmark (a program, not a test): writes {@code cases} synthetic, de-identified cases (default
 * 1,000,000) as {@code case.v1} events into a real Kafka broker, rebuilds the read model from them with the
 * service's own rebuild (replay into a new generation and switch), and times table queries over the result.
 * <p>
 * Run with: {@code java -Xmx10g -cp <test classpath> org.childprotect.reporting.benchmark.ReportingBenchmark
 * [cases]}; see docs/benchmarks/reporting-service.md.
 */
public final class ReportingBenchmark {

	private static final String[] DISTRICTS = { "KH-PP", "KH-KD", "KH-SR", "KH-BB", "KH-BMC", "KH-PL" };

	private static final double[] DISTRICT_WEIGHTS = { 0.32, 0.18, 0.2, 0.16, 0.1, 0.04 };

	private static final String[] CONCERNS = { "PHYSICAL_ABUSE", "SEXUAL_ABUSE", "EMOTIONAL_ABUSE", "DOMESTIC_VIOLENCE",
			"NEGLECT", "SEPARATED_UNACCOMPANIED", "CHILD_LABOUR", "TRAFFICKING", "CHILD_MARRIAGE",
			"CHILD_IN_CONFLICT_WITH_LAW", "OCSEA_GROOMING", "OCSEA_SEXTORTION", "OCSEA_CSAM_SELF_GENERATED",
			"OCSEA_CSAM_DISTRIBUTION", "OCSEA_LIVESTREAM" };

	private static final String[] REASONS = { "CASE_PLAN_COMPLETED", "CHILD_SAFE", "TRANSFERRED", "MOVED_AWAY",
			"AGED_OUT" };

	private static final String[] SERVICES = { "MEDICAL_CARE", "PSYCHOSOCIAL_SUPPORT", "LEGAL_AID", "SHELTER",
			"EDUCATION_SUPPORT", "FAMILY_TRACING" };

	private static final String[] URGENCIES = { "HIGH", "MEDIUM", "LOW" };

	private static final String[] AGENCY_TYPES = { "NGO", "HELPLINE", "HEALTH", "POLICE", "SOCIAL_WELFARE",
			"GOVERNMENT" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

	private static final int DAYS = 731;

	private static final long UUID_HIGH = 0x5d2c8f0a3e6b4c1dL;

	private static final int ASSESSED = 1;

	private static final int RISK_CHANGED = 2;

	private static final int CLOSED = 3;

	private static final int REOPENED = 4;

	private ReportingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		System.out.printf("reporting benchmark: %,d cases, %d cores, max heap %,d MB%n", cases,
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1 << 20));
		EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3, "case.v1", "case.v1.DLT", "referral.v1",
				"referral.v1.DLT");
		kafka.afterPropertiesSet();
		MongoWire mongo = new MongoWire();
		try {
			long started = System.nanoTime();
			long events = produce(kafka.getBrokersAsString(), cases);
			System.out.printf("produced %,d case events in %.1f s%n", events, seconds(started));
			long referralEvents = produceReferrals(kafka.getBrokersAsString(), cases);
			System.out.printf("produced %,d referral events%n", referralEvents);
			events += referralEvents;
			run(kafka.getBrokersAsString(), mongo.uri("reporting"), events);
		}
		finally {
			mongo.stop();
			kafka.destroy();
		}
		System.exit(0);
	}

	private static void run(String brokers, String mongoUri, long events) throws Exception {
		// Command-line arguments, because they outrank application.yml: the benchmark must never reach the
		// MongoDB or Kafka of a running stack through the defaults there.
		String[] arguments = { "--spring.mongodb.uri=" + mongoUri, "--spring.kafka.bootstrap-servers=" + brokers,
				// The rebuild does all the work here; no live consumer competes with it.
				"--spring.kafka.listener.auto-startup=false", "--reporting.cubes.month-index=false",
				"--reporting.rebuild.progress-every=200000", "--logging.level.root=WARN",
				"--logging.level.org.childprotect=INFO" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportingServiceApplication.class)
			.web(WebApplicationType.NONE)
			.run(arguments)) {
			String connected = context.getEnvironment().getProperty("spring.mongodb.uri");
			if (!mongoUri.equals(connected)) {
				throw new IllegalStateException("the benchmark would not use its own MongoDB");
			}
			Rebuilds rebuilds = context.getBean(Rebuilds.class);
			Generations generations = context.getBean(Generations.class);
			long started = System.nanoTime();
			rebuilds.start("benchmark").orElseThrow();
			RebuildStatus status;
			do {
				Thread.sleep(5_000);
				status = rebuilds.lastRebuild().orElseThrow();
				System.out.printf("  rebuild %s: %,d events replayed after %.0f s%n", status.state(),
						status.eventsReplayed(), seconds(started));
			}
			while (status.isRunning());
			if (status.state() != RebuildState.DONE) {
				throw new IllegalStateException("rebuild failed: " + status.failure());
			}
			double wall = seconds(started);
			MongoTemplate template = context.getBean(MongoTemplate.class);
			long facts = template.getCollection(generations.active().collection(CaseFacts.COLLECTION)).countDocuments();
			System.out.printf("rebuild: %,d events replayed in %.1f s = %,.0f events/s (service figure %,.0f/s); "
					+ "%,d facts in generation %s%n", status.eventsReplayed(), wall, status.eventsReplayed() / wall,
					status.eventsPerSecond(), facts, generations.active());
			System.out.printf("  %,d referral facts%n",
					template.getCollection(generations.active().collection(ReferralFacts.COLLECTION)).countDocuments());
			for (String name : template.getCollectionNames()) {
				if (name.startsWith("cube_") && generations.active().owns(name)) {
					System.out.printf("  %-48s %,9d cells%n", name, template.getCollection(name).countDocuments());
				}
			}
			AggregateTables tables = context.getBean(AggregateTables.class);
			Period year = Period.parse("2025");
			time(tables, "a year of district x sex x age band (new cases)",
					TableRequest.of(Measure.NEW_CASES, List.of(Dimension.DISTRICT), List.of(Dimension.SEX, Dimension.AGE_BAND),
							List.of(year)));
			time(tables, "open caseload by district at each month end of a year",
					TableRequest.of(Measure.OPEN_CASELOAD, List.of(Dimension.DISTRICT), List.of(Dimension.PERIOD),
							year.split(PeriodType.MONTH)));
			time(tables, "a year of new cases by concern x sex",
					TableRequest.of(Measure.NEW_CASES, List.of(Dimension.CONCERN), List.of(Dimension.SEX), List.of(year)));
			time(tables, "high-risk assessed in time by district x quarter",
					TableRequest.of(Measure.HIGH_RISK_ASSESSED_IN_TIME, List.of(Dimension.DISTRICT),
							List.of(Dimension.PERIOD), year.split(PeriodType.QUARTER)));
			time(tables, "a year of referrals made by district x service type x urgency",
					TableRequest.of(Measure.REFERRALS_MADE, List.of(Dimension.DISTRICT),
							List.of(Dimension.SERVICE_TYPE, Dimension.URGENCY), List.of(year)));
			Indicators indicators = context.getBean(Indicators.class);
			long cold = System.nanoTime();
			indicators.of(List.of(year), Map.of());
			double first = (System.nanoTime() - cold) / 1e6;
			long warm = System.nanoTime();
			IndicatorSet set = indicators.of(List.of(year), Map.of());
			System.out.printf("query: %-55s first %6.0f ms, then %4.0f ms (median days to a response: %s)%n",
					"the indicators of a year, referral ones included", first, (System.nanoTime() - warm) / 1e6,
					set.indicators().get(set.indicators().size() - 1).value().value());
		}
	}

	/**
	 * One referral for a fifth of the cases, requested 0-5 days after registration: 80 % accepted after 0-3 days
	 * (70 % of those completed, 10 % overdue), 10 % declined, 10 % expired. Each referral's events in order.
	 */
	private static long produceReferrals(String brokers, int cases) {
		Properties properties = producerProperties(brokers);
		Random random = new Random(20260315L);
		long events = 0;
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < cases; i++) {
				if (random.nextDouble() >= 0.2) {
					continue;
				}
				String referral = new UUID(UUID_HIGH + 1, 0x8000000000000000L | i).toString();
				java.time.Instant requested = FIRST_DAY.plusDays(random.nextInt(DAYS) + random.nextInt(6))
					.atTime(9, 0)
					.toInstant(ZoneOffset.UTC);
				String district = DISTRICTS[weighted(random, DISTRICT_WEIGHTS)];
				String service = SERVICES[random.nextInt(SERVICES.length)];
				String urgency = URGENCIES[random.nextInt(URGENCIES.length)];
				String agencyType = AGENCY_TYPES[random.nextInt(AGENCY_TYPES.length)];
				double fate = random.nextDouble();
				java.time.Instant answered = requested.plus(Duration.ofHours(2 + random.nextInt(72)));
				List<String[]> states = new ArrayList<>();
				states.add(new String[] { "ReferralRequested", "REQUESTED", null, null, "false", null });
				if (fate < 0.8) {
					states.add(new String[] { "ReferralAccepted", "ACCEPTED", answered.toString(), null, "false", null });
					double next = random.nextDouble();
					if (next < 0.1) {
						states.add(new String[] { "ReferralOverdue", "ACCEPTED", answered.toString(), null, "true", null });
					}
					else if (next < 0.8) {
						states.add(new String[] { "ReferralCompleted", "COMPLETED", answered.toString(),
								answered.plus(Duration.ofDays(3)).toString(), "false", "SERVICE_PROVIDED" });
					}
				}
				else if (fate < 0.9) {
					states.add(new String[] { "ReferralDeclined", "DECLINED", null, answered.toString(), "false", null });
				}
				else {
					states.add(new String[] { "ReferralExpired", "EXPIRED", null,
							requested.plus(Duration.ofDays(7)).toString(), "false", null });
				}
				for (int version = 0; version < states.size(); version++) {
					String[] state = states.get(version);
					String data = "\"referralId\":\"" + referral + "\",\"caseId\":\"" + caseId(i)
							+ "\",\"kind\":\"REFERRAL\",\"district\":\"" + district
							+ "\",\"fromAgency\":\"AG-BENCH\",\"toAgency\":\"AG-BENCH-2\",\"toAgencyType\":\"" + agencyType
							+ "\",\"serviceType\":\"" + service + "\",\"urgency\":\"" + urgency + "\",\"status\":\""
							+ state[1] + "\",\"requestedAt\":\"" + requested + "\",\"acceptedAt\":" + text(state[2])
							+ ",\"closedAt\":" + text(state[3]) + ",\"overdue\":" + state[4] + ",\"outcome\":"
							+ text(state[5]);
					String event = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + state[0]
							+ "\",\"aggregateId\":\"" + referral + "\",\"aggregateVersion\":" + version
							+ ",\"occurredAt\":\"" + requested + "\",\"producer\":\"referral-service\",\"data\":{" + data + "}}";
					producer.send(new ProducerRecord<>("referral.v1", caseId(i), event));
					events++;
				}
			}
			producer.flush();
		}
		return events;
	}

	private static Properties producerProperties(String brokers) {
		Properties properties = new Properties();
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
		properties.put(ProducerConfig.ACKS_CONFIG, "1");
		properties.put(ProducerConfig.LINGER_MS_CONFIG, "20");
		properties.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(512 * 1024));
		properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(256L * 1024 * 1024));
		return properties;
	}

	private static String text(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	private static void time(AggregateTables tables, String label, TableRequest request) {
		long cold = System.nanoTime();
		ReleasedTable table = tables.table(request);
		double first = (System.nanoTime() - cold) / 1e6;
		double[] millis = new double[7];
		for (int i = 0; i < millis.length; i++) {
			long started = System.nanoTime();
			table = tables.table(request);
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(
				"query: %-55s first %6.0f ms, then median %4.0f ms, max %4.0f ms (%d x %d cells, %d suppressed, total %s)%n",
				label, first, millis[millis.length / 2], millis[millis.length - 1], table.rowKeys().size(),
				table.columnKeys().size(), table.suppressedCells(),
				table.grandTotal() == null ? "-" : table.grandTotal().value());
	}

	/** Writes the events of every case in the order they happen, day by day, as case-service would. */
	@SuppressWarnings("unchecked")
	private static long produce(String brokers, int cases) {
		Properties properties = producerProperties(brokers);
		Random random = new Random(20260314L);
		int[] registeredDay = new int[cases];
		List<Long>[] later = new List[DAYS + 400];
		for (int day = 0; day < later.length; day++) {
			later[day] = new ArrayList<>();
		}
		List<Integer>[] registrations = new List[DAYS];
		for (int day = 0; day < DAYS; day++) {
			registrations[day] = new ArrayList<>();
		}
		for (int i = 0; i < cases; i++) {
			registeredDay[i] = random.nextInt(DAYS);
			registrations[registeredDay[i]].add(i);
		}
		long events = 0;
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
				new StringSerializer())) {
			for (int day = 0; day < later.length; day++) {
				if (day < DAYS) {
					for (int i : registrations[day]) {
						Random own = new Random(i * 7919L + 17);
						send(producer, i, registered(i, day, own));
						events++;
						int next = day;
						if (own.nextDouble() < 0.6) {
							next += own.nextInt(4);
							later[next].add(((long) i << 3) | ASSESSED);
						}
						if (own.nextDouble() < 0.2) {
							next += 1 + own.nextInt(20);
							later[next].add(((long) i << 3) | RISK_CHANGED);
						}
						if (own.nextDouble() < 0.35) {
							next += 10 + own.nextInt(200);
							later[next].add(((long) i << 3) | CLOSED);
							if (own.nextDouble() < 0.15) {
								later[next + 5 + own.nextInt(90)].add(((long) i << 3) | REOPENED);
							}
						}
					}
				}
				for (long scheduled : later[day]) {
					int i = (int) (scheduled >>> 3);
					send(producer, i, followUp(i, (int) (scheduled & 7), day, registeredDay[i]));
					events++;
				}
				later[day] = null;
			}
			producer.flush();
		}
		return events;
	}

	private static void send(KafkaProducer<String, String> producer, int i, String value) {
		producer.send(new ProducerRecord<>("case.v1", caseId(i), value));
	}

	private static String registered(int i, int day, Random random) {
		String district = DISTRICTS[weighted(random, DISTRICT_WEIGHTS)];
		double s = random.nextDouble();
		String sex = s < 0.52 ? "FEMALE" : s < 0.98 ? "MALE" : s < 0.99 ? "OTHER" : "UNKNOWN";
		String age = random.nextDouble() < 0.05 ? "null" : String.valueOf(random.nextInt(18));
		String concerns = "\"" + CONCERNS[random.nextInt(CONCERNS.length)] + "\"";
		if (random.nextDouble() < 0.4) {
			String second = CONCERNS[random.nextInt(CONCERNS.length)];
			if (!concerns.contains(second)) {
				concerns += ",\"" + second + "\"";
			}
		}
		double r = random.nextDouble();
		String risk = r < 0.25 ? "HIGH" : r < 0.7 ? "MEDIUM" : "LOW";
		String source = random.nextDouble() < 0.85 ? "DIRECT" : "IMPORT";
		return envelope("CaseRegistered", i, 0, day,
				"\"district\":\"" + district + "\",\"ownerAgency\":\"AG-BENCH\",\"sex\":\"" + sex + "\",\"ageYears\":" + age
						+ ",\"agePrecision\":\"" + ("null".equals(age) ? "UNKNOWN" : "EXACT") + "\",\"concerns\":["
						+ concerns + "],\"riskLevel\":\"" + risk + "\",\"stage\":\"REGISTRATION\",\"source\":\"" + source
						+ "\",\"registeredOn\":\"" + FIRST_DAY.plusDays(day) + "\"");
	}

	private static String followUp(int i, int type, int day, int registeredDay) {
		String date = FIRST_DAY.plusDays(day).toString();
		return switch (type) {
			case ASSESSED -> envelope("CaseAssessed", i, ASSESSED, day,
					"\"district\":\"KH-PP\",\"riskLevel\":\"MEDIUM\",\"needs\":[{\"domain\":\"SAFETY\",\"level\":\"HIGH\"}],"
							+ "\"assessedAt\":\"" + date + "T09:00:00Z\",\"dueAt\":\""
							+ FIRST_DAY.plusDays(registeredDay + 1) + "T09:00:00Z\"");
			case RISK_CHANGED -> envelope("CaseRiskChanged", i, RISK_CHANGED, day,
					"\"district\":\"KH-PP\",\"previousRiskLevel\":\"MEDIUM\",\"riskLevel\":\"LOW\",\"changedOn\":\"" + date
							+ "\"");
			case CLOSED -> envelope("CaseClosed", i, CLOSED, day, "\"district\":\"KH-PP\",\"reason\":\""
					+ REASONS[i % REASONS.length] + "\",\"closedOn\":\"" + date + "\"");
			default -> envelope("CaseReopened", i, REOPENED, day,
					"\"district\":\"KH-PP\",\"stage\":\"ASSESSMENT\",\"reopenedOn\":\"" + date + "\"");
		};
	}

	private static String envelope(String type, int i, long version, int day, String data) {
		String id = caseId(i);
		return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"" + type + "\",\"aggregateId\":\"" + id
				+ "\",\"aggregateVersion\":" + version + ",\"occurredAt\":\""
				+ FIRST_DAY.plusDays(day).atTime(9, 0).toInstant(ZoneOffset.UTC) + "\",\"producer\":\"case-service\","
				+ "\"data\":{\"caseId\":\"" + id + "\"," + data + "}}";
	}

	private static String caseId(int i) {
		return new UUID(UUID_HIGH, 0x8000000000000000L | i).toString();
	}

	private static int weighted(Random random, double[] weights) {
		double pick = random.nextDouble();
		for (int i = 0; i < weights.length; i++) {
			pick -= weights[i];
			if (pick <= 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static double seconds(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
	}


}

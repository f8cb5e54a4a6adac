package org.childprotect.referrals.benchmark;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.childprotect.referrals.CaseServiceStub;
import org.childprotect.referrals.ReferralServiceApplication;
import org.childprotect.referrals.Tokens;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.outbox.JsonEventEnvelopes;
import org.childprotect.referrals.referral.Actor;
import org.childprotect.referrals.referral.CompletionOutcome;
import org.childprotect.referrals.referral.ConsentBasis;
import org.childprotect.referrals.referral.Deadlines;
import org.childprotect.referrals.referral.DeclineReason;
import org.childprotect.referrals.referral.EventEnvelopes;
import org.childprotect.referrals.referral.Referral;
import org.childprotect.referrals.referral.ReferralId;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.RequestedReferral;
import org.childprotect.referrals.referral.Urgency;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Benchmark program (not a test; prints figures). Starts the real service in-process against a MongoDB-wire
 * server (mongo-java-server, memory backend) and a stub case-service over loopback HTTP, then measures:
 *
 * <ol>
 *   <li>inbox query latency (p50/p95/p99) with 50,000 referrals in the store, through the whole MVC stack
 *       (security filter chain with a jwt() token, controller, query, JSON), without network or gateway;
 *   <li>referral creation throughput, each creation including the synchronous snapshot call to case-service.
 * </ol>
 *
 * Run: {@code mvn -q -B -o -pl referral-service test-compile exec:java} (optional
 * {@code -Dexec.args="50000 200 1000 4"}: referrals in store, queries measured per list, referrals created into
 * the empty store (a fifth of that into the full one), creating threads). Kafka is not started: the outbox relay and the case.v1 listener are switched off, so events
 * stay in the referral documents, which makes them slightly larger than with a live broker.
 */
public final class ReferralBenchmark {

  private static final Random RANDOM = new Random(42);
  private static final EventEnvelopes ENVELOPES = new JsonEventEnvelopes();
  private static final Deadlines DEADLINES = Deadlines.defaults();

  /** Receiving agencies of the seeded directory: code, the service each is referred for, district, type. */
  private static final String[][] RECEIVERS = {
    {"AG-HEALTH-SR", "MEDICAL_CARE", "KH-SR", "HEALTH"},
    {"AG-HELPLINE", "PSYCHOSOCIAL_SUPPORT", "KH-PP", "HELPLINE"},
    {"AG-SHELTER-NGO", "EMERGENCY_SHELTER", "KH-PP", "NGO"},
    {"AG-POLICE-PP", "POLICE_PROTECTION", "KH-PP", "POLICE"},
    {"AG-DOSVY-SR", "FAMILY_TRACING", "KH-SR", "SOCIAL_WELFARE"},
  };

  private ReferralBenchmark() {}

  public static void main(String[] args) throws Exception {
    int stored = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int creations = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;

    MongoServer mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    InetSocketAddress mongo = mongoServer.getLocalAddress();
    CaseServiceStub caseService = new CaseServiceStub();
    caseService.shareEveryCase(
        new CaseServiceStub.SharedCase(
            "KH-SR-2026-00042",
            "KH-SR",
            "AG-DOSVY-SR",
            "HIGH",
            true,
            "{\"givenName\":\"Sokha\",\"ageYears\":9,\"sex\":\"FEMALE\",\"caregiverContact\":\"+855 12 345 678\","
                + "\"concernSummary\":\"Injuries needing examination\"}"));

    ConfigurableApplicationContext app =
        // Command-line arguments, because they outrank application.yml (default properties would not).
        new SpringApplicationBuilder(ReferralServiceApplication.class)
            .run(
                "--server.port=0",
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getPort() + "/referrals",
                "--childprotect.case-service.uri=" + caseService.uri(),
                "--childprotect.outbox.enabled=false",
                "--childprotect.referrals.deadline-check-enabled=false",
                "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.admin.auto-create=false",
                "--logging.level.root=WARN");
    try {
      MockMvc mvc =
          MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
      MongoTemplate template = app.getBean(MongoTemplate.class);

      System.out.printf(Locale.ROOT, "%nReferral creation into an empty store:%n");
      measureCreation(mvc, creations, threads);
      template.remove(new Query(), Referral.class);

      JwtRequestPostProcessor officer = Tokens.officerHealth();
      int baseline = 100;
      store(template, baseline);
      System.out.printf(
          Locale.ROOT, "%nBaseline with %d referrals in the store (cost of the stack itself):%n", baseline);
      measureInbox(mvc, "inbox, first page of 20", get("/api/referrals/inbox").with(officer), queries);

      System.out.printf(Locale.ROOT, "%nStoring %,d referrals...%n", stored);
      long startStore = System.nanoTime();
      int toHospital = store(template, stored - baseline) + baseline / RECEIVERS.length;
      System.out.printf(
          Locale.ROOT,
          "Stored %,d referrals in %.1f s (%,d addressed to AG-HEALTH-SR)%n",
          stored,
          seconds(startStore),
          toHospital);

      measureInbox(mvc, "inbox, first page of 20", get("/api/referrals/inbox").with(officer), queries);
      measureInbox(
          mvc, "inbox, overdue only", get("/api/referrals/inbox").param("overdue", "true").with(officer), queries);
      measureInbox(
          mvc,
          "outbox of a supervisor (district KH-SR)",
          get("/api/referrals/outbox").with(Tokens.supervisorSr()),
          queries);

      System.out.printf(Locale.ROOT, "%nReferral creation with %,d referrals in the store:%n", stored);
      measureCreation(mvc, Math.max(50, creations / 5), threads);
    } finally {
      app.close();
      caseService.stop();
      mongoServer.shutdownNow();
    }
  }

  /** Referrals spread over five receiving agencies and 60 days, in every state; returns how many go to the hospital. */
  private static int store(MongoTemplate template, int count) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Actor officer = new Actor("sub-officer.health", "officer.health", "AG-HEALTH-SR");
    int toHospital = 0;
    List<Referral> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] receiver = RECEIVERS[i % RECEIVERS.length];
      toHospital += receiver[0].equals("AG-HEALTH-SR") ? 1 : 0;
      Urgency urgency = Urgency.values()[RANDOM.nextInt(3)];
      // Forty workers share the referrals, as in a busy province.
      int workerNumber = RANDOM.nextInt(40);
      Actor worker = new Actor("sub-worker-" + workerNumber, "worker" + workerNumber + ".sr", "AG-DOSVY-SR");
      Instant requestedAt = now.minus(Duration.ofMinutes(RANDOM.nextInt(60 * 24 * 60)));
      Referral referral =
          Referral.request(
              ReferralId.random(),
              new RequestedReferral(
                  ReferralKind.REFERRAL,
                  new CaseId(UUID.randomUUID()),
                  "KH-SR-2026-" + i,
                  receiver[2],
                  "AG-DOSVY-SR",
                  receiver[0],
                  receiver[3],
                  receiver[1],
                  urgency,
                  "Needs a service",
                  ConsentBasis.RECORDED_CONSENT,
                  null,
                  "{\"givenName\":\"Child " + i + "\",\"ageYears\":9}"),
              worker,
              requestedAt,
              DEADLINES,
              ENVELOPES);
      Instant answeredAt = requestedAt.plus(Duration.ofHours(2));
      switch (RANDOM.nextInt(10)) {
        case 0, 1, 2 -> { } // still requested (overdue if its deadline passed)
        case 3, 4 -> referral.accept(officer, answeredAt, DEADLINES, ENVELOPES);
        case 5, 6, 7 -> {
          referral.accept(officer, answeredAt, DEADLINES, ENVELOPES);
          referral.complete(officer, CompletionOutcome.SERVICE_PROVIDED, null, answeredAt.plusSeconds(3600), ENVELOPES);
        }
        case 8 -> referral.decline(officer, DeclineReason.NO_CAPACITY, null, answeredAt, ENVELOPES);
        default -> referral.revoke(worker, null, answeredAt, ENVELOPES);
      }
      batch.add(referral);
      if (batch.size() == 1_000) {
        template.insert(batch, Referral.class);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      template.insert(batch, Referral.class);
    }
    // With Kafka up the relay empties each outbox within milliseconds: store the steady state, not a backlog.
    template.updateMulti(
        new Query(),
        new Update().unset("outbox"),
        Referral.COLLECTION);
    return toHospital;
  }

  private static void measureInbox(MockMvc mvc, String label, MockHttpServletRequestBuilder request, int count)
      throws Exception {
    for (int i = 0; i < 20; i++) {
      expectOk(mvc.perform(request).andReturn());
    }
    long[] nanos = new long[count];
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long t0 = System.nanoTime();
      expectOk(mvc.perform(request).andReturn());
      nanos[i] = System.nanoTime() - t0;
    }
    double total = seconds(start);
    System.out.printf(
        Locale.ROOT,
        "%-42s %5d queries  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%.0f queries/s, one thread)%n",
        label,
        count,
        percentile(nanos, 50),
        percentile(nanos, 95),
        percentile(nanos, 99),
        count / total);
  }

  private static void measureCreation(MockMvc mvc, int count, int threads) throws Exception {
    // Warm-up: JIT, connection pool of the HTTP client to case-service.
    for (int i = 0; i < 20; i++) {
      expectCreated(mvc.perform(create()).andReturn());
    }
    long[] nanos = new long[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  long t0 = System.nanoTime();
                  expectCreated(mvc.perform(create()).andReturn());
                  nanos[i] = System.nanoTime() - t0;
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    double total = seconds(start);
    pool.shutdown();
    System.out.printf(
        Locale.ROOT,
        "%-42s %5d created   p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%.0f referrals/s, %d threads)%n",
        "create referral (snapshot call included)",
        count,
        percentile(nanos, 50),
        percentile(nanos, 95),
        percentile(nanos, 99),
        count / total,
        threads);
  }

  private static MockHttpServletRequestBuilder create() {
    return post("/api/referrals")
        .with(Tokens.workerSr())
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            "{\"caseId\":\"" + UUID.randomUUID() + "\",\"serviceType\":\"MEDICAL_CARE\",\"toAgency\":\"AG-HEALTH-SR\","
                + "\"reason\":\"Needs a medical check\"}");
  }

  private static void expectOk(MvcResult result) throws Exception {
    if (result.getResponse().getStatus() != 200) {
      throw new IllegalStateException(
          "status " + result.getResponse().getStatus() + ": " + result.getResponse().getContentAsString());
    }
  }

  private static void expectCreated(MvcResult result) throws Exception {
    if (result.getResponse().getStatus() != 201) {
      throw new IllegalStateException(
          "status " + result.getResponse().getStatus() + ": " + result.getResponse().getContentAsString());
    }
  }

  private static double percentile(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000_000.0;
  }
}

package org.childprotect.referrals;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service against real infrastructure in-process: a MongoDB-wire server on a random port, an embedded
 * Kafka broker and a stub case-service on a random port. Subclasses share one application context (same
 * configuration), so the broker and the context start once per test run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
    partitions = 1,
    topics = {"case.v1", "case.v1.DLT", "referral.v1"},
    bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(
    properties = {
      // Short, still bounded, retries keep the dead-letter tests quick.
      "childprotect.case-events.max-retries=2",
      "childprotect.case-events.retry-interval=50ms",
      "childprotect.outbox.poll-interval=50ms",
      "childprotect.outbox.topic-partitions=1",
      // Tests run the deadline job themselves, at the instant they choose.
      "childprotect.referrals.deadline-check-enabled=false",
      "childprotect.case-service.read-timeout=700ms",
      "childprotect.case-service.retry-wait=50ms",
      "childprotect.case-service.open-for=30s",
      "childprotect.case-service.retry-after=7s"
    })
public abstract class ReferralServiceIntegrationTest {

  private static final MongoServer MONGO = startMongo();

  protected static final CaseServiceStub CASE_SERVICE = new CaseServiceStub();

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    InetSocketAddress address = MONGO.getLocalAddress();
    registry.add(
        "spring.mongodb.uri",
        () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/referrals");
    registry.add("childprotect.case-service.uri", CASE_SERVICE::uri);
  }

  private static MongoServer startMongo() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    return server;
  }
}

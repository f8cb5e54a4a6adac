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
 * The whole service against real infrastructure in-process: a MongoDB-wire server on a random port and an
 * embedded Kafka broker. Subclasses share one application context (same configuration), so the broker and
 * the context start once per test run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(
    partitions = 1,
    topics = {"case.v1", "case.v1.DLT"},
    bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(
    properties = {
      // Short, still bounded, retries keep the dead-letter tests quick.
      "childprotect.case-events.max-retries=2",
      "childprotect.case-events.retry-interval=50ms"
    })
public abstract class ReferralServiceIntegrationTest {

  private static final MongoServer MONGO = startMongo();

  @DynamicPropertySource
  static void mongo(DynamicPropertyRegistry registry) {
    InetSocketAddress address = MONGO.getLocalAddress();
    registry.add(
        "spring.mongodb.uri",
        () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/referrals");
  }

  private static MongoServer startMongo() {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    return server;
  }
}

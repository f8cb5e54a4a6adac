package org.childprotect.referrals.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bson.Document;
import org.childprotect.referrals.referral.OutboxEntry;
import org.childprotect.referrals.referral.Referral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves events from referral outboxes to Kafka. For each referral it publishes the pending entries in order, keyed
 * by the case id, waits for the broker's acknowledgement, and only then removes exactly the acknowledged entries. A
 * crash between the two steps publishes an entry twice, never zero times; consumers discard repeats by
 * {@code aggregateId} and {@code aggregateVersion}.
 */
@Component
public class OutboxRelay implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

  /** After the first failure, repeat the warning only this often so a long outage does not flood the log. */
  private static final int WARN_EVERY = 50;

  private final MongoTemplate mongo;
  private final KafkaTemplate<String, String> kafka;
  private final OutboxProperties properties;
  private final MeterRegistry meters;
  private int consecutiveFailures;

  OutboxRelay(
      MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties, MeterRegistry meters) {
    this.mongo = mongo;
    this.kafka = kafka;
    this.properties = properties;
    this.meters = meters;
  }

  @Override
  public void afterPropertiesSet() {
    // Sparse: only referrals with something to publish are in it, so finding them stays cheap as referrals pile up.
    mongo
        .indexOps(Referral.COLLECTION)
        .createIndex(new Index().on("outbox.eventId", Sort.Direction.ASC).sparse().named("outbox_pending"));
  }

  /** One relay round; returns how many events were published. Never throws, so the schedule keeps running. */
  public synchronized int relayPending() {
    try {
      int published = 0;
      for (PendingEvents pending : pending()) {
        published += relay(pending);
      }
      return published;
    } catch (RuntimeException ex) {
      // Class only: storage exceptions may quote document content.
      failed(ex.getClass().getName());
      return 0;
    }
  }

  private List<PendingEvents> pending() {
    Query withOutbox = query(where("outbox.eventId").exists(true)).limit(properties.batchSize());
    withOutbox.fields().include("caseId").include("outbox");
    return mongo.find(withOutbox, PendingEvents.class, Referral.COLLECTION);
  }

  private int relay(PendingEvents pending) {
    List<String> published = new ArrayList<>();
    try {
      for (OutboxEntry entry : pending.outbox()) {
        kafka
            .send(properties.topic(), pending.caseId(), entry.envelope())
            .get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        published.add(entry.eventId());
        Counter.builder("childprotect.events.published")
            .description("Events published to Kafka")
            .tag("topic", properties.topic())
            .tag("type", entry.type())
            .register(meters)
            .increment();
      }
      recovered();
    } catch (ExecutionException | TimeoutException | KafkaException ex) {
      // Later entries of this referral wait for the next round, keeping its events in order.
      failed(describe(ex));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    } finally {
      removePublished(pending.id(), published);
    }
    return published.size();
  }

  /**
   * Pulls by event id rather than overwriting the outbox, so events a concurrent change added meanwhile stay.
   * Updates the collection by name, not through the mapped class, so that the referral's {@code @Version} is left
   * alone: relaying is not a change of the referral, and must not make a user's next answer look stale.
   */
  private void removePublished(String referralId, List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return;
    }
    mongo.updateFirst(
        query(where("_id").is(referralId)),
        new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
        Referral.COLLECTION);
  }

  private void failed(String reason) {
    consecutiveFailures++;
    if (consecutiveFailures == 1 || consecutiveFailures % WARN_EVERY == 0) {
      log.warn(
          "Outbox relay cannot publish to {} ({} failed rounds in a row): {}",
          properties.topic(),
          consecutiveFailures,
          reason);
    }
  }

  private void recovered() {
    if (consecutiveFailures > 0) {
      log.info(
          "Outbox relay publishing to {} again after {} failed rounds", properties.topic(), consecutiveFailures);
      consecutiveFailures = 0;
    }
  }

  /** Kafka's messages name topics, brokers and timeouts, never record values; still, keep only the root. */
  private static String describe(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}

package org.childprotect.cases.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves events from case outboxes to Kafka. For each case it publishes the pending entries in order, keyed by the
 * case id, waits for the broker's acknowledgement, and only then removes exactly the acknowledged entries. A crash
 * between the two steps publishes an entry twice, never zero times; consumers discard repeats by
 * {@code aggregateVersion}.
 * <p>
 * Which cases to look at: those this instance just saved ({@link PendingCases}, read by id), and, at start-up and
 * then every {@code sweepInterval}, a sweep of all cases with an outbox, for what a crash or another instance left
 * behind. The sweep is the only query that grows with the store on the MongoDB-wire server.
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

	private final PendingCases hints;

	private int consecutiveFailures;

	/** When the next sweep is due, by {@link System#nanoTime()}; the first round sweeps. */
	private long nextSweepAt = System.nanoTime();

	OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
			MeterRegistry meters, PendingCases hints) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.meters = meters;
		this.hints = hints;
	}

	@Override
	public void afterPropertiesSet() {
		// Sparse: only cases with something to publish are in it, so finding them stays cheap as cases pile up.
		mongo.indexOps(ChildCase.COLLECTION)
			.createIndex(new Index().on("outbox.eventId", Sort.Direction.ASC).sparse().named("outbox_pending"));
	}

	/**
	 * One relay round; returns how many events were published. Never throws, so the schedule keeps running.
	 * Synchronized: the schedule and a caller driving the relay by hand must not publish the same entries at once.
	 */
	public synchronized int relayPending() {
		if (hints.overflowedSinceAsked()) {
			nextSweepAt = System.nanoTime();
		}
		return System.nanoTime() - nextSweepAt >= 0 ? sweep() : relayHinted();
	}

	private int relayHinted() {
		List<String> caseIds = hints.take(properties.batchSize());
		if (caseIds.isEmpty()) {
			return 0;
		}
		try {
			return relayAll(withOutbox(where("_id").in(caseIds)));
		}
		catch (RuntimeException ex) {
			hints.back(caseIds);
			failed(ex);
			return 0;
		}
	}

	/** A full batch means there may be more: the next round sweeps on instead of waiting for the interval. */
	private int sweep() {
		try {
			List<PendingEvents> found = withOutbox(where("outbox.eventId").exists(true));
			if (found.size() < properties.batchSize()) {
				nextSweepAt = System.nanoTime() + properties.sweepInterval().toNanos();
			}
			return relayAll(found);
		}
		catch (RuntimeException ex) {
			failed(ex);
			return 0;
		}
	}

	private List<PendingEvents> withOutbox(Criteria criteria) {
		Query withOutbox = query(criteria).limit(properties.batchSize());
		withOutbox.fields().include("outbox");
		return mongo.find(withOutbox, PendingEvents.class, ChildCase.COLLECTION);
	}

	private int relayAll(List<PendingEvents> found) {
		int published = 0;
		for (PendingEvents pending : found) {
			List<OutboxEntry> entries = pending.outbox() == null ? List.of() : pending.outbox();
			int relayed = relay(pending.id(), entries);
			if (relayed < entries.size()) {
				// Kafka refused: try this case again next round, without waiting for a sweep.
				hints.back(List.of(pending.id()));
			}
			published += relayed;
		}
		return published;
	}

	private int relay(String caseId, List<OutboxEntry> entries) {
		List<String> published = new ArrayList<>();
		try {
			for (OutboxEntry entry : entries) {
				kafka.send(properties.topic(), caseId, entry.envelope())
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
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			// Later entries of this case wait for the next round, keeping the case's events in order.
			failed(describe(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			removePublished(caseId, published);
		}
		return published.size();
	}

	/**
	 * Pulls by event id rather than overwriting the outbox, so events a concurrent change added meanwhile stay.
	 * Updates the collection by name, not through the mapped class, so that the case's {@code @Version} is left
	 * alone: relaying is not a change of the case, and must not make a user's next edit look stale.
	 */
	private void removePublished(String caseId, List<String> eventIds) {
		if (eventIds.isEmpty()) {
			return;
		}
		mongo.updateFirst(query(where("_id").is(caseId)),
				new Update().pull("outbox", new Document("eventId", new Document("$in", eventIds))),
				ChildCase.COLLECTION);
	}

	private void failed(RuntimeException ex) {
		// Class only: storage exceptions may quote document content.
		failed(ex.getClass().getName());
	}

	private void failed(String reason) {
		consecutiveFailures++;
		if (consecutiveFailures == 1 || consecutiveFailures % WARN_EVERY == 0) {
			log.warn("Outbox relay cannot publish to {} ({} failed rounds in a row): {}", properties.topic(),
					consecutiveFailures, reason);
		}
	}

	private void recovered() {
		if (consecutiveFailures > 0) {
			log.info("Outbox relay publishing to {} again after {} failed rounds", properties.topic(),
					consecutiveFailures);
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

package org.childprotect.reporting.generations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * Which generation queries and live events use, kept in one pointer document of the {@value #COLLECTION}
 * collection. Switching is one write of that document.
 */
@Service
public class Generations {

	public static final String COLLECTION = "read_model";

	static final String POINTER = "generations";

	/** The facts collection of the service's first version, before generations. */
	static final String LEGACY_FACTS = "case_facts";

	/** A switch that has not finished after this long was abandoned by a stopped instance; live events go on. */
	static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(2);

	private static final Logger log = LoggerFactory.getLogger(Generations.class);

	private static final String ACTIVE = "active";

	private static final String PREVIOUS = "previous";

	private static final String BUILDING = "building";

	private static final String SWITCHING_SINCE = "switchingSince";

	private static final String REBUILD = "rebuild";

	private final MongoTemplate mongo;

	private final List<GenerationSetup> setups;

	private final Clock clock;

	Generations(MongoTemplate mongo, List<GenerationSetup> setups, ObjectProvider<Clock> clock) {
		this.mongo = mongo;
		this.setups = setups;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The generation queries read. The first call on an empty database creates generation 1. */
	public Generation active() {
		return new Generation(pointer().getInteger(ACTIVE));
	}

	/**
	 * The generation a live event goes to. While a rebuilt generation takes over, live events wait, so that the
	 * rebuild can replay the last of them without a second writer.
	 */
	public Generation liveTarget() {
		Document pointer = pointer();
		Instant switchingSince = instant(pointer.get(SWITCHING_SINCE));
		if (switchingSince != null && switchingSince.plus(SWITCH_TIMEOUT).isAfter(clock.instant())) {
			throw new ReadModelSwitching();
		}
		return new Generation(pointer.getInteger(ACTIVE));
	}

	public Optional<RebuildStatus> lastRebuild() {
		Document rebuild = pointer().get(REBUILD, Document.class);
		return Optional.ofNullable(rebuild).map(Generations::status);
	}

	/** Reserves the next generation for a rebuild, unless one is running; returns empty if one is. */
	Optional<Generation> beginRebuild(String requestedBy) {
		Document pointer = pointer();
		Document running = pointer.get(REBUILD, Document.class);
		if (running != null && status(running).isRunning() && !stale(running)) {
			return Optional.empty();
		}
		int highest = Math.max(pointer.getInteger(ACTIVE),
				pointer.get(BUILDING) == null ? 0 : pointer.getInteger(BUILDING));
		Generation target = new Generation(highest + 1);
		drop(target);
		setups.forEach(setup -> setup.prepare(target));
		Instant now = clock.instant();
		Document rebuild = new Document("generation", target.number()).append("state", RebuildState.REPLAYING.name())
			.append("requestedBy", requestedBy)
			.append("startedAt", now.toString())
			.append("heartbeatAt", now.toString())
			.append("eventsReplayed", 0L);
		update(Updates.combine(Updates.set(BUILDING, target.number()), Updates.set(REBUILD, rebuild),
				Updates.unset(SWITCHING_SINCE)));
		return Optional.of(target);
	}

	void progress(long eventsReplayed) {
		update(Updates.combine(Updates.set(REBUILD + ".eventsReplayed", eventsReplayed),
				Updates.set(REBUILD + ".heartbeatAt", clock.instant().toString())));
	}

	void startSwitching() {
		Instant now = clock.instant();
		update(Updates.combine(Updates.set(SWITCHING_SINCE, now.toString()),
				Updates.set(REBUILD + ".state", RebuildState.SWITCHING.name()),
				Updates.set(REBUILD + ".heartbeatAt", now.toString())));
	}

	/**
	 * Lets the parts of a rebuilt generation get ready to serve once its replay has caught up, before live events
	 * are held for the switch: what only the last few events change is brought up to date after the switch.
	 */
	void caughtUp(Generation rebuilt) {
		setups.forEach(setup -> setup.beforeActivation(rebuilt));
	}

	/** Makes the rebuilt generation the active one and drops generations older than the one it replaces. */
	void activate(Generation rebuilt, long eventsReplayed, double eventsPerSecond) {
		Generation replaced = active();
		update(Updates.combine(Updates.set(ACTIVE, rebuilt.number()), Updates.set(PREVIOUS, replaced.number()),
				Updates.unset(BUILDING), Updates.unset(SWITCHING_SINCE),
				Updates.set(REBUILD + ".state", RebuildState.DONE.name()),
				Updates.set(REBUILD + ".finishedAt", clock.instant().toString()),
				Updates.set(REBUILD + ".eventsReplayed", eventsReplayed),
				Updates.set(REBUILD + ".eventsPerSecond", eventsPerSecond)));
		// Only after the switch is recorded: a stop in between repeats the upgrade at the next start, whereas
		// dropping first could leave the old facts gone and the rebuilt generation never switched to.
		if (mongo.collectionExists(LEGACY_FACTS)) {
			mongo.dropCollection(LEGACY_FACTS);
		}
		// The replaced generation stays one round, for queries that started before the switch.
		for (int older = replaced.number() - 1; older >= 1; older--) {
			drop(new Generation(older));
		}
	}

	void abandon(Generation target, String failure) {
		update(Updates.combine(Updates.unset(BUILDING), Updates.unset(SWITCHING_SINCE),
				Updates.set(REBUILD + ".state", RebuildState.FAILED.name()),
				Updates.set(REBUILD + ".finishedAt", clock.instant().toString()),
				Updates.set(REBUILD + ".failure", failure)));
		drop(target);
	}

	/**
	 * Whether the collection of the first version of this service is still there: its facts predate generations
	 * and cubes, and the consumer group's offsets are past the events it holds, so only a replay brings them back.
	 */
	boolean legacyLayoutPresent() {
		return mongo.collectionExists(LEGACY_FACTS);
	}

	/** A rebuild whose instance stopped: it will never finish, so it must not block the next one. */
	boolean stale(Document rebuild) {
		Instant heartbeat = instant(rebuild.get("heartbeatAt"));
		return heartbeat == null || heartbeat.plus(SWITCH_TIMEOUT).isBefore(clock.instant());
	}

	/** Releases a rebuild left unfinished by a stopped instance, so that live events and new rebuilds go on. */
	void releaseStaleRebuild() {
		Document pointer = pointer();
		Document rebuild = pointer.get(REBUILD, Document.class);
		if (rebuild != null && status(rebuild).isRunning() && stale(rebuild)) {
			log.warn("Abandoning rebuild of generation {}: its instance stopped", rebuild.getInteger("generation"));
			abandon(new Generation(rebuild.getInteger("generation")), "interrupted");
		}
	}

	private Document pointer() {
		Document pointer = mongo.execute(COLLECTION,
				collection -> collection.find(Filters.eq("_id", POINTER)).first());
		if (pointer != null) {
			return pointer;
		}
		setups.forEach(setup -> setup.prepare(new Generation(1)));
		// Two instances starting together both get here; the upsert lets exactly one document exist.
		Document created = mongo.execute(COLLECTION,
				collection -> collection.findOneAndUpdate(Filters.eq("_id", POINTER), Updates.setOnInsert(ACTIVE, 1),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)));
		if (created == null) {
			throw new IllegalStateException("the generation pointer could not be created");
		}
		return created;
	}

	private void update(org.bson.conversions.Bson update) {
		mongo.execute(COLLECTION,
				collection -> collection.updateOne(Filters.eq("_id", POINTER), update, new UpdateOptions().upsert(true)));
	}

	private void drop(Generation generation) {
		for (String name : mongo.getCollectionNames()) {
			if (generation.owns(name)) {
				mongo.dropCollection(name);
			}
		}
	}

	private static RebuildStatus status(Document rebuild) {
		Number rate = (Number) rebuild.get("eventsPerSecond");
		return new RebuildStatus(rebuild.getInteger("generation"), RebuildState.valueOf(rebuild.getString("state")),
				rebuild.getString("requestedBy"), Instant.parse(rebuild.getString("startedAt")),
				instant(rebuild.get("finishedAt")), ((Number) rebuild.get("eventsReplayed")).longValue(),
				rate == null ? null : rate.doubleValue(), rebuild.getString("failure"));
	}

	private static @Nullable Instant instant(@Nullable Object value) {
		return value == null ? null : Instant.parse(value.toString());
	}

}

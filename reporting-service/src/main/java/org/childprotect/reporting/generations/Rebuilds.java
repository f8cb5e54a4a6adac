package org.childprotect.reporting.generations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the read model without downtime: replays every topic from the start into a fresh generation while the
 * active one keeps serving, then switches.
 * <ol>
 * <li>Replay until the new generation has caught up with the end of the log.</li>
 * <li>Announce the switch: live consumers hold their next event (they retry it shortly), so nobody but the replay
 * writes the new generation.</li>
 * <li>After a grace period for events already in hand, replay to the end of the log once more.</li>
 * <li>Point queries and live consumers at the new generation. The events they held are applied to it again, which
 * changes nothing where the replay already did (every write is idempotent).</li>
 * </ol>
 */
@Service
public class Rebuilds implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

	static final String UPGRADE = "upgrade";

	/** A replay round that finds less than this much to do is close enough to switch. */
	private static final Duration CAUGHT_UP = Duration.ofSeconds(1);

	private final Generations generations;

	private final EventLog eventLog;

	private final List<ReplayHandler> handlers;

	private final RebuildProperties properties;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "read-model-rebuild");
		thread.setDaemon(true);
		return thread;
	});

	Rebuilds(Generations generations, EventLog eventLog, List<ReplayHandler> handlers, RebuildProperties properties) {
		this.generations = generations;
		this.eventLog = eventLog;
		this.handlers = handlers;
		this.properties = properties;
	}

	/** Starts a rebuild in the background; empty if one is already running. */
	public synchronized Optional<RebuildStatus> start(String requestedBy) {
		Optional<Generation> target = generations.beginRebuild(requestedBy);
		target.ifPresent(generation -> {
			log.info("Rebuild of the read model into generation {} requested by {}", generation, requestedBy);
			worker.execute(() -> run(generation));
		});
		return target.flatMap(generation -> generations.lastRebuild());
	}

	public Optional<RebuildStatus> lastRebuild() {
		return generations.lastRebuild();
	}

	/**
	 * At start-up: release a rebuild a stopped instance left unfinished (its pointer state would hold live
	 * consumers back), and rebuild once when the collection of the service's first version is still there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		try {
			generations.releaseStaleRebuild();
			upgradeIfNeeded();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the read model at start-up ({})", ex.getClass().getSimpleName());
		}
	}

	/**
	 * Starts a rebuild if the facts collection of the service's first version is still there; it is dropped when
	 * the rebuilt generation takes over, so a failed upgrade is tried again at the next start.
	 */
	public boolean upgradeIfNeeded() {
		if (!generations.legacyLayoutPresent()) {
			return false;
		}
		log.info("Facts of an earlier layout found: rebuilding the read model from the topics");
		return start(UPGRADE).isPresent();
	}

	void run(Generation target) {
		long started = System.nanoTime();
		Map<String, ReplayHandler.Replay> replays = new LinkedHashMap<>();
		Set<String> topics = new TreeSet<>();
		for (ReplayHandler handler : handlers) {
			ReplayHandler.Replay replay = handler.begin(target);
			handler.topics().forEach(topic -> replays.put(topic, replay));
			topics.addAll(handler.topics());
		}
		long replayed = 0;
		try (EventLog.Session session = eventLog.open(topics)) {
			Duration round;
			do {
				long roundStarted = System.nanoTime();
				session.markEnd();
				replayed = replayToMark(session, replays, replayed);
				round = Duration.ofNanos(System.nanoTime() - roundStarted);
			}
			while (round.compareTo(CAUGHT_UP) > 0);
			generations.caughtUp(target);
			generations.startSwitching();
			Thread.sleep(properties.switchGrace().toMillis());
			session.markEnd();
			replayed = replayToMark(session, replays, replayed);
			double seconds = Math.max(System.nanoTime() - started, 1) / 1e9;
			generations.activate(target, replayed, replayed / seconds);
			log.info("Generation {} is active: {} events replayed in {} s", target, replayed,
					String.format("%.1f", seconds));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(target, ex);
		}
		catch (RuntimeException ex) {
			fail(target, ex);
		}
	}

	private long replayToMark(EventLog.Session session, Map<String, ReplayHandler.Replay> replays, long replayed) {
		long count = replayed;
		long nextProgress = count + properties.progressEvery();
		while (!session.reachedMark()) {
			List<LoggedEvent> batch = session.poll();
			Map<String, List<LoggedEvent>> byTopic = new LinkedHashMap<>();
			for (LoggedEvent event : batch) {
				byTopic.computeIfAbsent(event.topic(), topic -> new ArrayList<>()).add(event);
			}
			byTopic.forEach((topic, events) -> {
				ReplayHandler.Replay replay = replays.get(topic);
				if (replay != null) {
					replay.apply(events);
				}
			});
			count += batch.size();
			if (count >= nextProgress) {
				generations.progress(count);
				nextProgress = count + properties.progressEvery();
			}
		}
		return count;
	}

	private void fail(Generation target, Exception ex) {
		// The exception type only: a message might quote an event.
		log.error("Rebuild of generation {} failed ({}); generation {} stays active", target,
				ex.getClass().getSimpleName(), generations.active());
		generations.abandon(target, ex.getClass().getSimpleName());
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

}

package org.childprotect.reporting.cases.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.childprotect.reporting.cases.CaseChange;
import org.childprotect.reporting.cases.CaseFactsProjection;
import org.childprotect.reporting.cases.FactCache;
import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.LoggedEvent;
import org.childprotect.reporting.generations.ReplayHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays {@code case.v1} into a new generation, a poll at a time. Messages that cannot be read were dead-lettered
 * when they were first consumed; a replay skips them rather than stopping.
 */
@Component
class CaseEventsReplay implements ReplayHandler {

	/** Facts kept between batches of one replay; a case's events are often close together in the log. */
	static final int CACHED_FACTS = 200_000;

	private static final Logger log = LoggerFactory.getLogger(CaseEventsReplay.class);

	private final CaseEventTranslator translator;

	private final CaseFactsProjection projection;

	CaseEventsReplay(CaseEventTranslator translator, CaseFactsProjection projection) {
		this.translator = translator;
		this.projection = projection;
	}

	@Override
	public Set<String> topics() {
		return Set.of(CaseEventsListener.TOPIC);
	}

	@Override
	public Replay begin(Generation target) {
		FactCache cache = FactCache.forRebuild(CACHED_FACTS);
		return events -> {
			List<CaseChange> changes = new ArrayList<>(events.size());
			for (LoggedEvent event : events) {
				try {
					CaseEventEnvelope envelope = translator.envelope(event.value());
					if (translator.reportsOn(envelope)) {
						changes.add(translator.change(envelope));
					}
				}
				catch (UnreadableCaseEvent unreadable) {
					log.debug("replay skipped an unreadable event: {}", unreadable.getMessage());
				}
			}
			projection.applyAll(target, changes, cache);
		};
	}

}

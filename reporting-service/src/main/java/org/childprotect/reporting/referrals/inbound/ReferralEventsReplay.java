package org.childprotect.reporting.referrals.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.generations.LoggedEvent;
import org.childprotect.reporting.generations.ReplayHandler;
import org.childprotect.reporting.referrals.ReferralChange;
import org.childprotect.reporting.referrals.ReferralFactsProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays {@code referral.v1} into a new generation, a poll at a time. Unreadable messages were dead-lettered when
 * first consumed; a replay skips them rather than stopping.
 */
@Component
class ReferralEventsReplay implements ReplayHandler {

	private static final Logger log = LoggerFactory.getLogger(ReferralEventsReplay.class);

	private final ReferralEventTranslator translator;

	private final ReferralFactsProjection projection;

	ReferralEventsReplay(ReferralEventTranslator translator, ReferralFactsProjection projection) {
		this.translator = translator;
		this.projection = projection;
	}

	@Override
	public Set<String> topics() {
		return Set.of(ReferralEventsListener.TOPIC);
	}

	@Override
	public Replay begin(Generation target) {
		return events -> {
			List<ReferralChange> changes = new ArrayList<>(events.size());
			for (LoggedEvent event : events) {
				try {
					ReferralEvent read = translator.read(event.value());
					if (translator.reportsOn(read)) {
						changes.add(translator.change(read));
					}
				}
				catch (UnreadableReferralEvent unreadable) {
					log.debug("replay skipped an unreadable event: {}", unreadable.getMessage());
				}
			}
			projection.applyAll(target, changes);
		};
	}

}

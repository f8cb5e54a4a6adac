package org.childprotect.cases.referrals.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.cases.referrals.ReferralHistory;
import org.childprotect.cases.referrals.inbound.ConsumedReferralEvents.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records on each case what the referral service announces on {@code referral.v1}. Only translates and
 * delegates; a failure propagates to the container's error handler, which retries and then sets the record aside.
 */
@Component
class ReferralEventListener {

	private static final Logger log = LoggerFactory.getLogger(ReferralEventListener.class);

	private final ReferralEventTranslator translator;

	private final ReferralHistory history;

	private final ConsumedReferralEvents consumed;

	ReferralEventListener(ReferralEventTranslator translator, ReferralHistory history,
			ConsumedReferralEvents consumed) {
		this.translator = translator;
		this.history = history;
		this.consumed = consumed;
	}

	// Read from the start, so that a new deployment learns every case's referrals; the group keeps the position.
	@KafkaListener(id = "case-referrals", idIsGroup = false,
			groupId = "${childprotect.referral-events.group-id:case-service}",
			topics = "${childprotect.referral-events.topic:referral.v1}",
			autoStartup = "${childprotect.referral-events.enabled:true}", properties = "auto.offset.reset=earliest")
	void on(ConsumerRecord<String, String> record) {
		TranslatedReferralEvent event = translator.translate(record.key(), record.value());
		Outcome outcome = Outcome.SKIPPED;
		if (event instanceof TranslatedReferralEvent.Relevant relevant) {
			outcome = switch (history.record(relevant.announcement())) {
				case APPLIED -> Outcome.APPLIED;
				case OWNERSHIP_MOVED -> Outcome.OWNERSHIP_MOVED;
				case DUPLICATE -> Outcome.DUPLICATE;
				case UNKNOWN_CASE -> Outcome.UNKNOWN_CASE;
			};
			if (outcome == Outcome.UNKNOWN_CASE) {
				// Position only: the ids in the record are the case's and the referral's.
				log.warn("A {} record from {}-{}@{} names a case this service does not hold; skipped", event.type(),
						record.topic(), record.partition(), record.offset());
			}
		}
		consumed.count(record.topic(), event.type(), outcome);
	}

}

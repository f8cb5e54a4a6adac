package org.childprotect.reporting.referrals.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.reporting.cases.ApplyOutcome;
import org.childprotect.reporting.generations.Generations;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.childprotect.reporting.referrals.ReferralFactsProjection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes {@code referral.v1} events, translates them and hands them to the projection, into the generation that is
 * live. Transfers and other types are skipped and counted. A failure goes back to the container, whose error
 * handler retries and then dead-letters the message, so a bad message never stops the consumer.
 */
@Component
class ReferralEventsListener {

	static final String TOPIC = "referral.v1";

	private static final Logger log = LoggerFactory.getLogger(ReferralEventsListener.class);

	private final ReferralEventTranslator translator;

	private final ReferralFactsProjection projection;

	private final Generations generations;

	private final ConsumedEvents consumed;

	ReferralEventsListener(ReferralEventTranslator translator, ReferralFactsProjection projection,
			Generations generations, ConsumedEvents consumed) {
		this.translator = translator;
		this.projection = projection;
		this.generations = generations;
		this.consumed = consumed;
	}

	@KafkaListener(id = "referral-events", topics = TOPIC, autoStartup = "${reporting.referrals.enabled:true}")
	void on(ConsumerRecord<String, @Nullable String> record) {
		ReferralEvent event = translator.read(record.value());
		if (!translator.reportsOn(event)) {
			consumed.count(TOPIC, event.type(), Outcome.SKIPPED);
			return;
		}
		ApplyOutcome outcome = projection.apply(generations.liveTarget(), translator.change(event));
		consumed.count(TOPIC, event.type(), outcome == ApplyOutcome.APPLIED ? Outcome.APPLIED : Outcome.DUPLICATE);
		// The event id is the only identifier logged: it says which message, not which referral or child.
		log.debug("{} {} {}", event.type(), event.eventId(), outcome);
	}

}

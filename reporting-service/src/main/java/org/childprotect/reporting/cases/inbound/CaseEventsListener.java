package org.childprotect.reporting.cases.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.reporting.cases.ApplyOutcome;
import org.childprotect.reporting.cases.CaseFactsProjection;
import org.childprotect.reporting.generations.Generations;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes {@code case.v1} events, translates them and hands them to the projection, into the generation that is
 * live. Types this service does not report on are skipped, not failed: the topic carries every case event, and a
 * newer producer may add types. A failure is thrown back to the container, whose error handler retries and then
 * dead-letters the message.
 */
@Component
class CaseEventsListener {

	static final String TOPIC = "case.v1";

	private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

	private final CaseEventTranslator translator;

	private final CaseFactsProjection projection;

	private final Generations generations;

	private final ConsumedEvents consumed;

	CaseEventsListener(CaseEventTranslator translator, CaseFactsProjection projection, Generations generations,
			ConsumedEvents consumed) {
		this.translator = translator;
		this.projection = projection;
		this.generations = generations;
		this.consumed = consumed;
	}

	@KafkaListener(id = "case-events", topics = TOPIC)
	void on(ConsumerRecord<String, @Nullable String> record) {
		CaseEventEnvelope envelope = translator.envelope(record.value());
		String type = envelope.type();
		if (translator.reportsOn(envelope)) {
			ApplyOutcome outcome = projection.apply(generations.liveTarget(), translator.change(envelope));
			consumed.count(TOPIC, type, outcome == ApplyOutcome.APPLIED ? Outcome.APPLIED : Outcome.DUPLICATE);
			// The event id is the only identifier logged: it says which message, not which child.
			log.debug("{} {} {}", type, envelope.eventId(), outcome);
		}
		else {
			consumed.count(TOPIC, type, Outcome.SKIPPED);
			log.debug("skipped {} {}", type, envelope.eventId());
		}
	}

}

package org.childprotect.reporting.cases.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.reporting.cases.ApplyOutcome;
import org.childprotect.reporting.cases.CaseFactsProjection;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes {@code case.v1} events, translates them and hands them to the projection. Types this service does not
 * report on yet are skipped, not failed: the topic carries every case event, and a newer producer may add types.
 * A failure is thrown back to the container, whose error handler retries and then dead-letters the message.
 */
@Component
class CaseEventsListener {

	static final String TOPIC = "case.v1";

	static final String CASE_REGISTERED = "CaseRegistered";

	private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

	private final CaseEventTranslator translator;

	private final CaseFactsProjection projection;

	private final ConsumedEvents consumed;

	CaseEventsListener(CaseEventTranslator translator, CaseFactsProjection projection, ConsumedEvents consumed) {
		this.translator = translator;
		this.projection = projection;
		this.consumed = consumed;
	}

	@KafkaListener(topics = TOPIC)
	void on(ConsumerRecord<String, @Nullable String> record) {
		CaseEventEnvelope envelope = translator.envelope(record.value());
		String type = envelope.type();
		if (CASE_REGISTERED.equals(type)) {
			ApplyOutcome outcome = projection.registered(translator.registeredCase(envelope));
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

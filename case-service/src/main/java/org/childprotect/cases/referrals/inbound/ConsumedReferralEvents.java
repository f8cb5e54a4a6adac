package org.childprotect.cases.referrals.inbound;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts consumed events as {@code childprotect_events_consumed_total{topic,type,outcome}}. */
@Component
class ConsumedReferralEvents {

	enum Outcome {

		APPLIED, OWNERSHIP_MOVED, DUPLICATE, UNKNOWN_CASE, SKIPPED, FAILED;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final MeterRegistry registry;

	ConsumedReferralEvents(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Tags carry the topic, the event type name and the outcome only: never an id or anything from the data. */
	void count(String topic, String type, Outcome outcome) {
		Counter.builder("childprotect.events.consumed")
			.description("Events consumed from Kafka, by outcome")
			.tag("topic", topic)
			.tag("type", type)
			.tag("outcome", outcome.tag())
			.register(registry)
			.increment();
	}

}

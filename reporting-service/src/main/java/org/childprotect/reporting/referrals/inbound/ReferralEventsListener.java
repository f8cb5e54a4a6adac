package org.childprotect.reporting.referrals.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.reporting.messaging.ConsumedEvents;
import org.childprotect.reporting.messaging.ConsumedEvents.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens to {@code referral.v1} in the service's consumer group, so that once referral facts are projected no
 * event has been missed (offsets start at the beginning). Every event is counted as skipped until then: referral
 * facts (service type, agency type, urgency, requested / responded / completed days, outcome, overdue) need
 * referral-service's published schemas, which do not exist yet.
 */
@Component
class ReferralEventsListener {

	static final String TOPIC = "referral.v1";

	private final ConsumedEvents consumed;

	private final JsonMapper json;

	ReferralEventsListener(ConsumedEvents consumed, JsonMapper json) {
		this.consumed = consumed;
		this.json = json;
	}

	@KafkaListener(id = "referral-events", topics = TOPIC, autoStartup = "${reporting.referrals.enabled:false}")
	void on(ConsumerRecord<String, @Nullable String> record) {
		consumed.count(TOPIC, typeOf(record.value()), Outcome.SKIPPED);
	}

	private @Nullable String typeOf(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return json.readTree(value).path("type").asString(null);
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

}

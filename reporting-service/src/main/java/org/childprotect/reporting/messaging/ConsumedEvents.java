package org.childprotect.reporting.messaging;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts consumed events as {@code childprotect_events_consumed_total{topic,type,outcome}}. The type comes from
 * the message, so it is only used as a tag when it looks like an event name; anything else (garbage, or an
 * attempt to blow up the number of time series) is tagged {@value #UNREADABLE_TYPE}.
 */
@Component
public class ConsumedEvents {

	public static final String METRIC = "childprotect.events.consumed";

	public static final String UNREADABLE_TYPE = "unreadable";

	private static final Pattern EVENT_NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

	/** The outcomes named by the platform contract. */
	public enum Outcome {

		APPLIED, DUPLICATE, SKIPPED, FAILED;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final MeterRegistry registry;

	private final JsonMapper json;

	ConsumedEvents(MeterRegistry registry, JsonMapper json) {
		this.registry = registry;
		this.json = json;
	}

	public void count(String topic, @Nullable String type, Outcome outcome) {
		counter(topic, type, outcome).increment();
	}

	/** A failed message may not even be JSON: its type is read leniently, for the tag only. */
	public void countFailed(String topic, @Nullable String rawValue) {
		count(topic, typeOf(rawValue), Outcome.FAILED);
	}

	public Counter counter(String topic, @Nullable String type, Outcome outcome) {
		return Counter.builder(METRIC)
			.description("Events taken from Kafka, by what consuming them did")
			.tag("topic", topic)
			.tag("type", tagOf(type))
			.tag("outcome", outcome.tag())
			.register(registry);
	}

	private static String tagOf(@Nullable String type) {
		return (type != null && EVENT_NAME.matcher(type).matches()) ? type : UNREADABLE_TYPE;
	}

	private @Nullable String typeOf(@Nullable String rawValue) {
		if (rawValue == null) {
			return null;
		}
		try {
			return json.readTree(rawValue).path("type").asString(null);
		}
		catch (JacksonException notJson) {
			return null;
		}
	}

}

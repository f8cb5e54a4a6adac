package org.childprotect.referrals.cases.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts consumed events as {@code childprotect_events_consumed_total{topic,type,outcome}}. */
@Component
class ConsumedEvents {

  enum Outcome {
    APPLIED,
    DUPLICATE,
    SKIPPED,
    FAILED;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final MeterRegistry registry;

  ConsumedEvents(MeterRegistry registry) {
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

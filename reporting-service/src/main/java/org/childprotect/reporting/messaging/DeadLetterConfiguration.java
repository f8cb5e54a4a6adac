package org.childprotect.reporting.messaging;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.childprotect.reporting.generations.ReadModelSwitching;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Poison messages must never block a partition: every listener of this service retries a failing record a few
 * times and then publishes it unchanged to {@code <topic>.DLT}, where it can be inspected and replayed, and moves
 * on. Boot gives this handler to the listener container factory.
 * <p>
 * Two exceptions: while the database cannot be reached, no message can be applied and none is at fault, so those
 * failures are retried until the database is back instead of sending every event of the outage to the DLT; and
 * while a rebuilt read model takes over, events are held briefly and then applied to it.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

	private static final Duration SWITCH_RETRY_INTERVAL = Duration.ofMillis(250);

	@Bean
	DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka,
			DeadLetterProperties properties, ConsumedEvents consumed) {
		// A negative partition lets the key choose it, so the dead-letter topic needs no more partitions than it has.
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(DeadLetterTopics.of(record.topic()), -1));
		ConsumerRecordRecoverer countingDeadLetters = (record, ex) -> {
			deadLetters.accept(record, ex);
			consumed.countFailed(record.topic(), valueOf(record));
			// Position and exception type only: the value, and some exception messages, may quote the payload.
			// The full reason travels with the message in the dead-letter headers.
			log.warn("Dead-lettered {}-{}@{} to {} after {}", record.topic(), record.partition(), record.offset(),
					DeadLetterTopics.of(record.topic()), rootCauseOf(ex).getClass().getSimpleName());
		};
		DefaultErrorHandler handler = new DefaultErrorHandler(countingDeadLetters,
				new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
		handler.setBackOffFunction((record, ex) -> backOffFor(ex, properties));
		return handler;
	}

	/** The back-off for this failure, or null for the bounded default that ends in the dead-letter topic. */
	static @Nullable BackOff backOffFor(Exception ex, DeadLetterProperties properties) {
		if (causedBy(ex, ReadModelSwitching.class)) {
			// A rebuilt generation is taking over; the event is fine and goes to it in a moment.
			return new FixedBackOff(SWITCH_RETRY_INTERVAL.toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS);
		}
		if (!causedBy(ex, DataAccessResourceFailureException.class)) {
			return null;
		}
		ExponentialBackOff untilTheDatabaseIsBack = new ExponentialBackOff(
				Math.max(properties.retryInterval().toMillis(), 1), 2.0);
		// Well under max.poll.interval.ms, so the consumer keeps its partitions while it waits.
		untilTheDatabaseIsBack.setMaxInterval(properties.outageRetryMaxInterval().toMillis());
		return untilTheDatabaseIsBack;
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCauseOf(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static @Nullable String valueOf(ConsumerRecord<?, ?> record) {
		return record.value() instanceof String text ? text : null;
	}

}

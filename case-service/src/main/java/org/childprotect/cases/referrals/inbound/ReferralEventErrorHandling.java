package org.childprotect.cases.referrals.inbound;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.childprotect.cases.referrals.inbound.ConsumedReferralEvents.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A record that cannot be read is set aside at once, other failures after bounded retries: it goes to
 * {@code <topic>.DLT}, is counted and logged by its position and type only, and the partition moves on. Boot
 * applies the {@link CommonErrorHandler} bean to its listener container factory.
 */
@Configuration(proxyBeanMethods = false)
class ReferralEventErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ReferralEventErrorHandling.class);

	@Bean
	CommonErrorHandler referralEventErrorHandler(KafkaOperations<?, ?> kafka, ReferralEventsProperties properties,
			ReferralEventTranslator translator, ConsumedReferralEvents consumed) {
		// Partition -1 lets Kafka pick the dead-letter partition by key, whatever the source topic's count.
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(record.topic() + ".DLT", -1));
		ConsumerRecordRecoverer countThenSetAside = (record, failure) -> {
			String type = translator.typeOf(record.value() instanceof String value ? value : null);
			try {
				deadLetters.accept(record, failure);
			}
			finally {
				consumed.count(record.topic(), type, Outcome.FAILED);
				log.warn("Set aside a {} record from {}-{}@{}: {}", type, record.topic(), record.partition(),
						record.offset(), reason(failure));
			}
		};
		DefaultErrorHandler handler = new DefaultErrorHandler(countThenSetAside,
				new FixedBackOff(properties.retryInterval().toMillis(), properties.maxRetries()));
		handler.addNotRetryableExceptions(UnreadableReferralEvent.class);
		return handler;
	}

	@Bean
	NewTopic referralEventsDeadLetterTopic(ReferralEventsProperties properties) {
		return TopicBuilder.name(properties.deadLetterTopic()).partitions(1).build();
	}

	/** Our own refusals say what is missing; other failures (driver errors) may quote data, so only their kind. */
	private static String reason(Throwable failure) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return cause instanceof UnreadableReferralEvent unreadable ? unreadable.getMessage()
				: cause.getClass().getName();
	}

}

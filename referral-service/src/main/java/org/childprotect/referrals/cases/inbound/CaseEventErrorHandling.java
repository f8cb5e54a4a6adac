package org.childprotect.referrals.cases.inbound;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.childprotect.referrals.cases.inbound.ConsumedEvents.Outcome;
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
 * Bounded retries, then the record goes to {@code <topic>.DLT} and the partition moves on. Boot applies the
 * {@link CommonErrorHandler} bean to its listener container factory.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventErrorHandling {

  private static final Logger log = LoggerFactory.getLogger(CaseEventErrorHandling.class);

  @Bean
  CommonErrorHandler caseEventErrorHandler(
      KafkaOperations<?, ?> kafka,
      CaseEventsProperties properties,
      CaseEventTranslator translator,
      ConsumedEvents consumed) {
    // Partition -1 lets Kafka pick the dead-letter partition by key, so the DLT need not mirror the
    // partition count of the topic it serves.
    var deadLetters =
        new DeadLetterPublishingRecoverer(
            kafka, (record, failure) -> new TopicPartition(record.topic() + ".DLT", -1));
    ConsumerRecordRecoverer countThenDeadLetter =
        (record, failure) -> {
          deadLetters.accept(record, failure);
          String type = typeOf(record, translator);
          consumed.count(record.topic(), type, Outcome.FAILED);
          log.warn(
              "Dead-lettered a {} record from {}-{}@{}: {}",
              type, record.topic(), record.partition(), record.offset(), reason(failure));
        };
    var handler =
        new DefaultErrorHandler(
            countThenDeadLetter,
            new FixedBackOff(properties.retryInterval().toMillis(), properties.maxRetries()));
    handler.addNotRetryableExceptions(UnreadableCaseEvent.class);
    return handler;
  }

  @Bean
  NewTopic caseEventsDeadLetterTopic(CaseEventsProperties properties) {
    return TopicBuilder.name(properties.deadLetterTopic()).partitions(1).build();
  }

  /** Our own refusals say what is missing; other failures (driver errors) may quote data, so only their kind. */
  private static String reason(Throwable failure) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
    return cause instanceof UnreadableCaseEvent unreadable
        ? unreadable.getMessage()
        : cause.getClass().getName();
  }

  private static String typeOf(ConsumerRecord<?, ?> record, CaseEventTranslator translator) {
    return translator.typeOf(record.value() instanceof String value ? value : null);
  }
}

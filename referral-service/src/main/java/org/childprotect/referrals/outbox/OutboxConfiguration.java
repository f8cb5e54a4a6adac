package org.childprotect.referrals.outbox;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

  /**
   * Created at start-up when the broker is reachable. Spring's admin also raises the partition count of an
   * existing, smaller topic, which re-maps keys to partitions: change the count only deliberately.
   */
  @Bean
  NewTopic referralTopic(OutboxProperties properties) {
    return TopicBuilder.name(properties.topic())
        .partitions(properties.topicPartitions())
        .replicas(properties.topicReplicas())
        .build();
  }

  /**
   * Replaces Boot's default listener, which logs every failed send at ERROR together with the message. The relay
   * reports failures itself, throttled and without message content.
   */
  @Bean
  ProducerListener<Object, Object> quietProducerListener() {
    return new ProducerListener<>() {};
  }

  @Configuration(proxyBeanMethods = false)
  @EnableScheduling
  @ConditionalOnBooleanProperty(name = "childprotect.outbox.enabled", matchIfMissing = true)
  static class RelaySchedule implements SchedulingConfigurer {

    private final OutboxRelay relay;
    private final OutboxProperties properties;

    RelaySchedule(OutboxRelay relay, OutboxProperties properties) {
      this.relay = relay;
      this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
      registrar.addFixedDelayTask(relay::relayPending, properties.pollInterval());
    }
  }
}

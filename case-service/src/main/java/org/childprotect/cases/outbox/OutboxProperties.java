package org.childprotect.cases.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this instance relays at all (switch off for maintenance or one-off tools)
 * @param topic where case events go
 * @param pollInterval pause between relay rounds; bounds how long a saved event waits when Kafka is healthy
 * @param batchSize case documents handled per round
 * @param sweepInterval pause between sweeps of all cases for events that no round of this instance picked up (left
 * by a crash or by another instance); on the MongoDB-wire server a sweep reads every case
 * @param sendTimeout longest wait for one broker acknowledgement; keep above the producer's delivery.timeout.ms
 * @param topicPartitions partitions of the topic; one partition keeps all events in one total order, more spread
 * the load while keeping each case's events in order (the key is the case id)
 * @param topicReplicas replicas when the service creates the topic (1 on a single broker, 3 in production)
 */
@ConfigurationProperties("childprotect.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue("case.v1") String topic,
		@DefaultValue("200ms") Duration pollInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("10m") Duration sweepInterval,
		@DefaultValue("20s") Duration sendTimeout, @DefaultValue("3") int topicPartitions,
		@DefaultValue("1") short topicReplicas) {
}

package org.childprotect.referrals.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this instance relays at all (switch off for maintenance or one-off tools)
 * @param topic where referral events go
 * @param pollInterval pause between relay rounds; bounds how long a saved event waits when Kafka is healthy
 * @param batchSize referral documents handled per round
 * @param sendTimeout longest wait for one broker acknowledgement; keep above the producer's delivery.timeout.ms
 * @param topicPartitions partitions of the topic; the key is the case id, so each case's events stay in order
 * @param topicReplicas replicas when the service creates the topic (1 on a single broker, 3 in production)
 */
@ConfigurationProperties("childprotect.outbox")
public record OutboxProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("referral.v1") String topic,
    @DefaultValue("200ms") Duration pollInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("20s") Duration sendTimeout,
    @DefaultValue("3") int topicPartitions,
    @DefaultValue("1") short topicReplicas) {}

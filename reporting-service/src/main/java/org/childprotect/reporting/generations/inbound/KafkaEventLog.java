package org.childprotect.reporting.generations.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.childprotect.reporting.generations.EventLog;
import org.childprotect.reporting.generations.LoggedEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * The Kafka topics as an {@link EventLog}: a consumer of its own, assigned every partition and started at the
 * beginning. It joins no consumer group and commits nothing, so the live consumers' positions are never touched.
 */
@Component
class KafkaEventLog implements EventLog {

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(15);

	private final ConsumerFactory<?, ?> consumers;

	KafkaEventLog(ConsumerFactory<?, ?> consumers) {
		this.consumers = consumers;
	}

	@Override
	public Session open(Set<String> topics) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		// Reading a topic must never create it: the producer decides its partitions.
		overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
		Consumer<?, ?> consumer = consumers.createConsumer("reporting-service-rebuild", "rebuild", null, overrides);
		try {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
				if (infos != null) {
					infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
				}
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			return new KafkaSession(consumer, partitions);
		}
		catch (RuntimeException ex) {
			consumer.close();
			throw ex;
		}
	}

	private static final class KafkaSession implements Session {

		private final Consumer<?, ?> consumer;

		private final List<TopicPartition> partitions;

		private Map<TopicPartition, Long> mark = Map.of();

		KafkaSession(Consumer<?, ?> consumer, List<TopicPartition> partitions) {
			this.consumer = consumer;
			this.partitions = List.copyOf(partitions);
		}

		@Override
		public List<LoggedEvent> poll() {
			List<LoggedEvent> events = new ArrayList<>();
			for (ConsumerRecord<?, ?> record : consumer.poll(POLL)) {
				events.add(new LoggedEvent(record.topic(), text(record.key()), text(record.value())));
			}
			return events;
		}

		@Override
		public void markEnd() {
			mark = consumer.endOffsets(partitions, METADATA_TIMEOUT);
		}

		@Override
		public boolean reachedMark() {
			for (TopicPartition partition : partitions) {
				Long end = mark.get(partition);
				if (end != null && consumer.position(partition, METADATA_TIMEOUT) < end) {
					return false;
				}
			}
			return true;
		}

		@Override
		public void close() {
			consumer.close();
		}

		private static @Nullable String text(@Nullable Object value) {
			return value == null ? null : value.toString();
		}

	}

}

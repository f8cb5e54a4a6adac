package org.childprotect.reporting.cases.inbound;

import org.apache.kafka.clients.admin.NewTopic;
import org.childprotect.reporting.messaging.DeadLetterTopics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The dead-letter topic belongs to the consumers of {@code case.v1}, so this service makes sure it exists: on a
 * broker without topic auto-creation, a missing one would make every dead-lettering fail and the partition stall.
 * The case topic itself is case-service's to create.
 */
@Configuration(proxyBeanMethods = false)
class CaseEventsTopics {

	@Bean
	NewTopic caseEventsDeadLetters() {
		return TopicBuilder.name(DeadLetterTopics.of(CaseEventsListener.TOPIC)).build();
	}

}

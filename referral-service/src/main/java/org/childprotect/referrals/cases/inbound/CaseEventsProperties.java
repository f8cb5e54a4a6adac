package org.childprotect.referrals.cases.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the case topic is consumed. Retries are bounded so a record that keeps failing moves to the
 * dead-letter topic instead of holding up its partition.
 */
@ConfigurationProperties("childprotect.case-events")
record CaseEventsProperties(
    @DefaultValue("case.v1") String topic,
    @DefaultValue("3") int maxRetries,
    @DefaultValue("1s") Duration retryInterval) {

  String deadLetterTopic() {
    return topic + ".DLT";
  }
}

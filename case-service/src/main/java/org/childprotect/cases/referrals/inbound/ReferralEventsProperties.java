package org.childprotect.cases.referrals.inbound;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the referral topic is consumed. Retries are bounded so that a record that keeps failing is set aside on the
 * dead-letter topic instead of holding up the other cases of its partition. Whether the listener starts at all is {@code childprotect.referral-events.enabled} (default true).
 */
@ConfigurationProperties("childprotect.referral-events")
record ReferralEventsProperties(@DefaultValue("referral.v1") String topic, @DefaultValue("3") int maxRetries,
		@DefaultValue("1s") Duration retryInterval) {

	String deadLetterTopic() {
		return topic + ".DLT";
	}

}

package org.childprotect.reporting.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a failing message is retried before it goes to its dead-letter topic.
 *
 * @param retryInterval the pause between attempts
 * @param retries attempts after the first one
 * @param outageRetryMaxInterval the longest pause between attempts while the database is unreachable
 */
@ConfigurationProperties("reporting.events")
public record DeadLetterProperties(@DefaultValue("500ms") Duration retryInterval, @DefaultValue("2") long retries,
		@DefaultValue("30s") Duration outageRetryMaxInterval) {

	public DeadLetterProperties {
		if (retryInterval.isNegative() || retries < 0 || outageRetryMaxInterval.isNegative()) {
			throw new IllegalArgumentException("reporting.events retry settings cannot be negative");
		}
	}

}

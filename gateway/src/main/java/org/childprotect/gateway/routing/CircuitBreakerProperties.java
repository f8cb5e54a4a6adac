package org.childprotect.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the per-service circuit breakers behave.
 *
 * @param timeout longest a call may take before the breaker gives up; above the HTTP client's response timeout so
 * that the client's own timeout fires first
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindowSize number of recent calls the failure rate is computed over
 * @param waitInOpenState how long an open breaker answers from the fallback before trying the service again
 */
@ConfigurationProperties("childprotect.gateway.circuit-breaker")
public record CircuitBreakerProperties(@DefaultValue("35s") Duration timeout,
		@DefaultValue("50") float failureRateThreshold, @DefaultValue("20") int slidingWindowSize,
		@DefaultValue("10s") Duration waitInOpenState) {
}

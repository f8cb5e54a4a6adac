package org.childprotect.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * Resilience4j's default time limit is one second, far too short for a case search or an import upload; the
 * breakers use our own settings instead. A login that could not be refreshed is the caller's failure and does not
 * count against the service.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> serviceCircuitBreakers(CircuitBreakerProperties properties) {
		CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
			.failureRateThreshold(properties.failureRateThreshold())
			.slidingWindowSize(properties.slidingWindowSize())
			.minimumNumberOfCalls(Math.min(10, properties.slidingWindowSize()))
			.waitDurationInOpenState(properties.waitInOpenState())
			.ignoreExceptions(OAuth2AuthorizationException.class)
			.build();
		TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build();
		return (factory) -> factory.configureDefault((id) -> new Resilience4JConfigBuilder(id)
			.circuitBreakerConfig(circuitBreaker)
			.timeLimiterConfig(timeLimiter)
			.build());
	}

}

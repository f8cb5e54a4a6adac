package org.childprotect.referrals.caseservice;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client, circuit breaker and retry policy for calls to case-service. */
@Configuration(proxyBeanMethods = false)
class CaseServiceConfiguration {

  static final String NAME = "case-service";

  @Bean
  RestClient caseServiceRestClient(CaseServiceProperties properties) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(properties.connectTimeout())
            // Plain HTTP inside the platform: no h2c upgrade dance on every call.
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
    factory.setReadTimeout(properties.readTimeout());
    return RestClient.builder().baseUrl(properties.uri().toString()).requestFactory(factory).build();
  }

  @Bean
  CircuitBreakerRegistry caseServiceBreakers(MeterRegistry meters) {
    CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();
    // Tags name the breaker ("case-service") and its state only.
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(meters);
    return registry;
  }

  /**
   * Counts only transient failures: a 404 (case out of scope) or a refused service type says case-service is
   * healthy and answering.
   */
  @Bean
  CircuitBreaker caseServiceBreaker(CircuitBreakerRegistry registry, CaseServiceProperties properties) {
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .failureRateThreshold(properties.failureRateThreshold())
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(properties.slidingWindowSize())
            .minimumNumberOfCalls(properties.minimumCalls())
            .waitDurationInOpenState(properties.openFor())
            .permittedNumberOfCallsInHalfOpenState(2)
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .recordExceptions(CaseServiceClient.TransientFailure.class)
            .build();
    return registry.circuitBreaker(NAME, config);
  }

  /** Repeats transient failures only; an open circuit is not retried, it is the answer. */
  @Bean
  Retry caseServiceRetry(CaseServiceProperties properties) {
    return Retry.of(
        NAME,
        RetryConfig.custom()
            .maxAttempts(Math.max(1, properties.maxAttempts()))
            .waitDuration(properties.retryWait())
            .retryExceptions(CaseServiceClient.TransientFailure.class)
            .failAfterMaxAttempts(false)
            .build());
  }
}

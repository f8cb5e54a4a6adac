package org.childprotect.referrals.caseservice;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referral-service calls case-service for snapshots. The call sits inside a user's request, so every bound is
 * short: a slow case-service must turn into a quick 503, not a hanging form.
 *
 * @param uri case-service's base URI
 * @param connectTimeout longest wait for a connection
 * @param readTimeout longest wait for the answer
 * @param maxAttempts attempts per request, the first included (the call is a GET, so repeating it is safe)
 * @param retryWait pause between attempts
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize calls the failure rate is computed over
 * @param minimumCalls calls needed in the window before the circuit may open
 * @param openFor how long the open circuit refuses calls before letting a few through to probe
 * @param retryAfter what a 503 tells clients to wait when case-service failed (an open circuit says
 *     {@code openFor})
 */
@ConfigurationProperties("childprotect.case-service")
public record CaseServiceProperties(
    @DefaultValue("http://127.0.0.1:8081") URI uri,
    @DefaultValue("1s") Duration connectTimeout,
    @DefaultValue("3s") Duration readTimeout,
    @DefaultValue("2") int maxAttempts,
    @DefaultValue("200ms") Duration retryWait,
    @DefaultValue("50") float failureRateThreshold,
    @DefaultValue("10") int slidingWindowSize,
    @DefaultValue("5") int minimumCalls,
    @DefaultValue("15s") Duration openFor,
    @DefaultValue("5s") Duration retryAfter) {}

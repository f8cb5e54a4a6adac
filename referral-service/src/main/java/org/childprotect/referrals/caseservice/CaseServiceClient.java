package org.childprotect.referrals.caseservice;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.referral.CaseNotShared;
import org.childprotect.referrals.referral.CaseServiceUnavailable;
import org.childprotect.referrals.referral.CaseSnapshots;
import org.childprotect.referrals.referral.ReferralId;
import org.childprotect.referrals.referral.SharedCase;
import org.childprotect.referrals.referral.SnapshotRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches referral snapshots from case-service with the caller's own bearer token, so case-service applies the
 * caller's scope and its data-sharing profile. Transient failures (no connection, timeouts, 5xx, unreadable
 * answers) are retried once and counted by a circuit breaker; while the circuit is open, calls fail at once. Every
 * way of failing ends in {@link CaseServiceUnavailable}, which the API answers with 503 and {@code Retry-After}.
 */
@Component
class CaseServiceClient implements CaseSnapshots {

  /** A snapshot is a handful of fields; anything far larger is not a snapshot and is not stored. */
  static final int MAX_ANSWER_BYTES = 256 * 1024;

  private final RestClient http;
  private final CircuitBreaker breaker;
  private final Retry retry;
  private final CaseServiceProperties properties;
  private final JsonMapper json =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  CaseServiceClient(
      RestClient caseServiceRestClient, CircuitBreaker caseServiceBreaker, Retry caseServiceRetry,
      CaseServiceProperties properties) {
    this.http = caseServiceRestClient;
    this.breaker = caseServiceBreaker;
    this.retry = caseServiceRetry;
    this.properties = properties;
  }

  @Override
  public SharedCase snapshotFor(
      CaseId caseId, String serviceType, String bearerToken, @Nullable ReferralId overrideFor) {
    Supplier<SharedCase> call = () -> fetch(caseId, serviceType, bearerToken, overrideFor);
    Supplier<SharedCase> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call));
    try {
      return guarded.get();
    } catch (CallNotPermittedException open) {
      throw new CaseServiceUnavailable("circuit to case-service is open", properties.openFor());
    } catch (TransientFailure failure) {
      throw new CaseServiceUnavailable(failure.getMessage(), properties.retryAfter());
    }
  }

  private SharedCase fetch(
      CaseId caseId, String serviceType, String bearerToken, @Nullable ReferralId overrideFor) {
    // Ids and codes only: the justification stays in this service's audit trail, never in a URL.
    String path =
        overrideFor != null
            ? "/api/cases/{id}/referral-snapshot?serviceType={serviceType}&consentOverride=true&referralId={referral}"
            : "/api/cases/{id}/referral-snapshot?serviceType={serviceType}";
    try {
      return http.get()
          .uri(path, caseId.toString(), serviceType, overrideFor == null ? "" : overrideFor.toString())
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
          .accept(MediaType.APPLICATION_JSON)
          .exchange((request, response) -> read(caseId, response.getStatusCode(), response.getBody()), true);
    } catch (ResourceAccessException io) {
      // Connection refused, reset or timed out: the kind is enough, the message may name hosts only.
      throw new TransientFailure("case-service unreachable (" + rootKind(io) + ")");
    }
  }

  private SharedCase read(CaseId caseId, HttpStatusCode status, InputStream body) throws IOException {
    if (status.value() == 401 || status.value() == 403 || status.value() == 404) {
      throw new CaseNotShared();
    }
    if (status.is4xxClientError()) {
      throw new SnapshotRefused(status.value());
    }
    if (!status.is2xxSuccessful()) {
      throw new TransientFailure("case-service answered " + status.value());
    }
    byte[] bytes = body.readNBytes(MAX_ANSWER_BYTES + 1);
    if (bytes.length > MAX_ANSWER_BYTES) {
      throw new TransientFailure("case-service answered with an oversized snapshot");
    }
    return toSharedCase(caseId, new String(bytes, StandardCharsets.UTF_8));
  }

  /** Checks the answer names the case that was asked for and carries everything a referral needs. */
  SharedCase toSharedCase(CaseId asked, String body) {
    SnapshotAnswer answer;
    try {
      answer = json.readValue(body, SnapshotAnswer.class);
    } catch (JacksonException unreadable) {
      throw new TransientFailure("case-service answered with unreadable JSON");
    }
    JsonNode snapshot = answer.snapshot();
    if (answer.caseId() == null
        || !asked.toString().equals(answer.caseId())
        || answer.caseNumber() == null
        || answer.district() == null
        || snapshot == null
        || !snapshot.isObject()) {
      throw new TransientFailure("case-service answered without the snapshot fields");
    }
    boolean consent = answer.consent() != null && Boolean.TRUE.equals(answer.consent().referral());
    return new SharedCase(
        asked,
        answer.caseNumber(),
        answer.district(),
        answer.ownerAgency(),
        answer.riskLevel(),
        consent,
        json.writeValueAsString(snapshot));
  }

  private static String rootKind(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }

  /** A failure worth retrying and counting against case-service's circuit; never carries case content. */
  static final class TransientFailure extends RuntimeException {

    TransientFailure(String message) {
      super(message, null, false, false);
    }
  }
}

package org.childprotect.referrals.referral;

import java.time.Duration;

/**
 * case-service could not answer (down, slow, failing, or its circuit breaker is open). Nothing was stored; the
 * client may try again after {@link #retryAfter()}.
 */
public class CaseServiceUnavailable extends RuntimeException {

  private final Duration retryAfter;

  public CaseServiceUnavailable(String reason, Duration retryAfter) {
    super(reason);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

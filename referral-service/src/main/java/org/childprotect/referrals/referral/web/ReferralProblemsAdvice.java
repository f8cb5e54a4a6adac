package org.childprotect.referrals.referral.web;

import org.childprotect.platform.security.Problems;
import org.childprotect.referrals.referral.CaseNotShared;
import org.childprotect.referrals.referral.CaseServiceUnavailable;
import org.childprotect.referrals.referral.DuplicateReferral;
import org.childprotect.referrals.referral.InvalidReferral;
import org.childprotect.referrals.referral.ReferralForbidden;
import org.childprotect.referrals.referral.ReferralNotFound;
import org.childprotect.referrals.referral.ReferralStateConflict;
import org.childprotect.referrals.referral.SnapshotRefused;
import org.childprotect.referrals.referral.StaleReferral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the referral rules' refusals read over HTTP. Ordered first because the shared advice has a catch-all handler
 * that would otherwise turn these into 500s. Details name states and fields, never case content.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblemsAdvice {

  private static final Logger log = LoggerFactory.getLogger(ReferralProblemsAdvice.class);

  @ExceptionHandler(ReferralNotFound.class)
  ErrorResponse notFound(ReferralNotFound ex) {
    return Problems.notFound("The referral");
  }

  @ExceptionHandler(CaseNotShared.class)
  ErrorResponse caseNotShared(CaseNotShared ex) {
    return Problems.notFound("The case");
  }

  @ExceptionHandler(ReferralForbidden.class)
  ErrorResponse forbidden(ReferralForbidden ex) {
    return Problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
  }

  @ExceptionHandler(ReferralStateConflict.class)
  ErrorResponse stateConflict(ReferralStateConflict ex) {
    return Problems.conflict(ex.getMessage());
  }

  @ExceptionHandler(StaleReferral.class)
  ErrorResponse stale(StaleReferral ex) {
    return Problems.conflict("The referral was changed by someone else. Reload it and apply your change again.");
  }

  @ExceptionHandler(DuplicateReferral.class)
  ErrorResponse duplicate(DuplicateReferral ex) {
    return Problems.conflict(ex.getMessage());
  }

  @ExceptionHandler(InvalidReferral.class)
  ErrorResponse invalid(InvalidReferral ex) {
    return Problems.invalidFields(
        ex.violations().stream()
            .map(violation -> new Problems.FieldProblem(violation.field(), violation.message()))
            .toList());
  }

  @ExceptionHandler(SnapshotRefused.class)
  ErrorResponse refused(SnapshotRefused ex) {
    return Problems.invalidField("serviceType", "case-service shares no snapshot for this service type");
  }

  /** Nothing was stored; the client may simply send the same request again after Retry-After seconds. */
  @ExceptionHandler(CaseServiceUnavailable.class)
  ResponseEntity<ProblemDetail> unavailable(CaseServiceUnavailable ex) {
    log.warn("Referral refused, case-service unavailable: {}", ex.getMessage());
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The case service cannot be reached, so the case cannot be shared now. Nothing was saved; try again"
                + " shortly.");
    body.setTitle("Case service unavailable");
    long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }
}

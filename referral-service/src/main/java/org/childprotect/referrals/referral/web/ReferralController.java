package org.childprotect.referrals.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.childprotect.platform.security.Caller;
import org.childprotect.referrals.referral.OpenedSnapshot;
import org.childprotect.referrals.referral.Referral;
import org.childprotect.referrals.referral.ReferralDecisions;
import org.childprotect.referrals.referral.ReferralFilter;
import org.childprotect.referrals.referral.ReferralId;
import org.childprotect.referrals.referral.ReferralKind;
import org.childprotect.referrals.referral.ReferralNotFound;
import org.childprotect.referrals.referral.ReferralProperties;
import org.childprotect.referrals.referral.ReferralQueries;
import org.childprotect.referrals.referral.ReferralRequests;
import org.childprotect.referrals.referral.ReferralStatus;
import org.childprotect.referrals.referral.ReferralView;
import org.childprotect.referrals.referral.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referrals and transfers over HTTP. The gateway routes {@code /api/referrals/**} here (case URLs go to
 * case-service), so the case is named in the body. Roles are checked here; which referrals a caller stands on
 * either side of, and what that side may do, is decided by the use cases.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

  private static final String WORKERS = "hasAnyRole('social-worker', 'supervisor')";
  private static final String PARTIES = "hasAnyRole('social-worker', 'supervisor', 'referral-officer')";

  private final ReferralRequests requests;
  private final ReferralDecisions decisions;
  private final ReferralQueries queries;
  private final ReferralProperties properties;
  private final JsonMapper json;

  ReferralController(
      ReferralRequests requests,
      ReferralDecisions decisions,
      ReferralQueries queries,
      ReferralProperties properties,
      JsonMapper json) {
    this.requests = requests;
    this.decisions = decisions;
    this.queries = queries;
    this.properties = properties;
    this.json = json;
  }

  @PostMapping
  @PreAuthorize(WORKERS)
  ResponseEntity<ReferralDetailsResponse> refer(
      @Valid @RequestBody CreateReferralRequest request, Caller caller, @AuthenticationPrincipal Jwt token) {
    return created(requests.request(request.toCommand(), caller, token.getTokenValue()), caller);
  }

  @PostMapping("/transfers")
  @PreAuthorize(WORKERS)
  ResponseEntity<ReferralDetailsResponse> transfer(
      @Valid @RequestBody CreateTransferRequest request, Caller caller, @AuthenticationPrincipal Jwt token) {
    return created(requests.request(request.toCommand(), caller, token.getTokenValue()), caller);
  }

  @GetMapping("/inbox")
  @PreAuthorize("hasAnyRole('referral-officer', 'supervisor')")
  ReferralPageResponse inbox(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(ReferralQueries.MAX_PAGE_SIZE) int size,
      @RequestParam(required = false) @Nullable Set<ReferralStatus> status,
      @RequestParam(required = false) @Nullable ReferralKind kind,
      @RequestParam(required = false) @Nullable Urgency urgency,
      @RequestParam(required = false) @Nullable String serviceType,
      @RequestParam(required = false) @Nullable Boolean overdue,
      @RequestParam(required = false) @Nullable UUID caseId,
      @RequestParam(required = false) @Nullable String fromAgency,
      Caller caller) {
    ReferralFilter filter = filter(status, kind, urgency, serviceType, overdue, caseId, fromAgency);
    return ReferralPageResponse.of(queries.inbox(caller, filter, page, size));
  }

  @GetMapping("/outbox")
  @PreAuthorize(WORKERS)
  ReferralPageResponse outbox(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(ReferralQueries.MAX_PAGE_SIZE) int size,
      @RequestParam(required = false) @Nullable Set<ReferralStatus> status,
      @RequestParam(required = false) @Nullable ReferralKind kind,
      @RequestParam(required = false) @Nullable Urgency urgency,
      @RequestParam(required = false) @Nullable String serviceType,
      @RequestParam(required = false) @Nullable Boolean overdue,
      @RequestParam(required = false) @Nullable UUID caseId,
      @RequestParam(required = false) @Nullable String toAgency,
      Caller caller) {
    ReferralFilter filter = filter(status, kind, urgency, serviceType, overdue, caseId, toAgency);
    return ReferralPageResponse.of(queries.outbox(caller, filter, page, size));
  }

  /** Codes and deadlines for the referral forms; no case data, so any signed-in user may read them. */
  @GetMapping("/reference-data")
  ReferralReferenceData referenceData() {
    return ReferralReferenceData.of(properties.deadlines(), properties.transferServiceType());
  }

  @GetMapping("/{id}")
  @PreAuthorize(PARTIES)
  ResponseEntity<ReferralDetailsResponse> one(@PathVariable String id, Caller caller) {
    return answer(queries.find(parse(id), caller));
  }

  /** Audited on every call: who opened it, when, from which agency. */
  @GetMapping("/{id}/snapshot")
  @PreAuthorize(PARTIES)
  ResponseEntity<SnapshotResponse> snapshot(@PathVariable String id, Caller caller) {
    OpenedSnapshot opened = queries.openSnapshot(parse(id), caller);
    Referral referral = opened.referral();
    SnapshotResponse body =
        new SnapshotResponse(
            referral.id().toString(),
            referral.caseId(),
            referral.caseNumber(),
            referral.serviceType(),
            referral.requestedAt(),
            opened.openedAt(),
            json.readTree(opened.snapshot()));
    // Personal data: never kept by a browser or proxy cache.
    return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
  }

  @GetMapping("/{id}/audit-trail")
  @PreAuthorize("hasAnyRole('supervisor', 'admin')")
  AuditEntryResponse.PageResponse auditTrail(
      @PathVariable String id,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(ReferralQueries.MAX_PAGE_SIZE) int size,
      Caller caller) {
    return AuditEntryResponse.PageResponse.of(queries.auditTrail(parse(id), caller, page, size));
  }

  @PostMapping("/{id}/accept")
  @PreAuthorize(PARTIES)
  ResponseEntity<ReferralDetailsResponse> accept(
      @PathVariable String id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      Caller caller) {
    ReferralId referral = parse(id);
    return answer(decisions.accept(referral, IfMatch.version(ifMatch), caller), caller);
  }

  @PostMapping("/{id}/decline")
  @PreAuthorize(PARTIES)
  ResponseEntity<ReferralDetailsResponse> decline(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody DeclineRequest request,
      Caller caller) {
    ReferralId referral = parse(id);
    return answer(
        decisions.decline(referral, IfMatch.version(ifMatch), request.reason(), trimmed(request.comment()), caller),
        caller);
  }

  @PostMapping("/{id}/complete")
  @PreAuthorize(PARTIES)
  ResponseEntity<ReferralDetailsResponse> complete(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody CompleteRequest request,
      Caller caller) {
    ReferralId referral = parse(id);
    return answer(
        decisions.complete(
            referral, IfMatch.version(ifMatch), request.outcome(), trimmed(request.comment()), caller),
        caller);
  }

  @PostMapping("/{id}/revoke")
  @PreAuthorize(WORKERS)
  ResponseEntity<ReferralDetailsResponse> revoke(
      @PathVariable String id,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody(required = false) @Nullable RevokeRequest request,
      Caller caller) {
    ReferralId referral = parse(id);
    String comment = request == null ? null : trimmed(request.comment());
    return answer(decisions.revoke(referral, IfMatch.version(ifMatch), comment, caller), caller);
  }

  private ResponseEntity<ReferralDetailsResponse> created(Referral referral, Caller caller) {
    ReferralView view = queries.find(referral.id(), caller);
    return ResponseEntity.created(URI.create("/api/referrals/" + referral.id()))
        .eTag(String.valueOf(ReferralDetailsResponse.versionOf(referral)))
        .body(ReferralDetailsResponse.of(view));
  }

  /** After a command, answer with the referral as the caller now sees it (a decline may hide details). */
  private ResponseEntity<ReferralDetailsResponse> answer(Referral changed, Caller caller) {
    return answer(queries.find(changed.id(), caller));
  }

  private static ResponseEntity<ReferralDetailsResponse> answer(ReferralView view) {
    return ResponseEntity.ok()
        .eTag(String.valueOf(ReferralDetailsResponse.versionOf(view.referral())))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(ReferralDetailsResponse.of(view));
  }

  private static ReferralFilter filter(
      @Nullable Set<ReferralStatus> status,
      @Nullable ReferralKind kind,
      @Nullable Urgency urgency,
      @Nullable String serviceType,
      @Nullable Boolean overdue,
      @Nullable UUID caseId,
      @Nullable String agency) {
    return new ReferralFilter(
        status == null ? Set.of() : status,
        kind,
        urgency,
        blankToNull(serviceType),
        overdue,
        caseId == null ? null : caseId.toString(),
        blankToNull(agency));
  }

  /** A malformed id names no referral at all: answered like any other referral the caller cannot see. */
  private static ReferralId parse(String id) {
    return ReferralId.parse(id).orElseThrow(ReferralNotFound::new);
  }

  private static @Nullable String trimmed(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

package org.childprotect.referrals.agencies.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.childprotect.platform.security.Caller;
import org.childprotect.platform.security.Problems;
import org.childprotect.referrals.agencies.Agencies;
import org.childprotect.referrals.agencies.Agency;
import org.childprotect.referrals.agencies.AgencyCode;
import org.childprotect.referrals.agencies.AgencyFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency directory for every signed-in user: it lists organisations, not children, so it needs no
 * district or agency scoping. Administrators add and edit agencies; an edit needs the ETag it was based on.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

  static final int MAX_PAGE_SIZE = 100;

  private final Agencies agencies;

  AgencyController(Agencies agencies) {
    this.agencies = agencies;
  }

  @GetMapping
  AgencyPage list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
      @RequestParam(required = false) @Nullable String district,
      @RequestParam(required = false) @Nullable String serviceType) {
    return AgencyPage.of(agencies.find(new AgencyFilter(district, serviceType), page, size));
  }

  @GetMapping("/{code}")
  ResponseEntity<AgencyResponse> one(@PathVariable String code, Caller caller) {
    Agency agency = AgencyCode.parse(code).flatMap(agencies::byCode).orElseThrow(() -> Problems.notFound("Agency"));
    return answer(HttpStatus.OK, agency, caller.hasRole(Caller.ADMIN));
  }

  /**
   * Creates the agency if the code is new (201), else replaces it (200) provided {@code If-Match} names its
   * current version: 428 without it, 409 when someone edited it meanwhile.
   */
  @PutMapping("/{code}")
  @PreAuthorize("hasRole('admin')")
  ResponseEntity<AgencyResponse> put(
      @PathVariable String code,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
      @Valid @RequestBody AgencyRequest request) {
    AgencyCode agencyCode =
        AgencyCode.parse(code)
            .orElseThrow(() -> Problems.invalidField("code", "must look like AG-NAME (capitals, digits, dashes)"));
    Agency wanted = request.toAgency(agencyCode.value());
    if (agencies.byCode(agencyCode).isEmpty()) {
      return ResponseEntity.created(URI.create("/api/agencies/" + agencyCode))
          .eTag("0")
          .body(AgencyResponse.forAdministrator(agencies.create(wanted)));
    }
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Problems.of(HttpStatus.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the agency as you read it.");
    }
    Agency stored =
        agencies
            .replace(wanted, version(ifMatch))
            .orElseThrow(
                () -> Problems.conflict("The agency was changed by someone else. Reload it and apply your change again."));
    return answer(HttpStatus.OK, stored, true);
  }

  private static ResponseEntity<AgencyResponse> answer(HttpStatus status, Agency agency, boolean administrator) {
    return ResponseEntity.status(status)
        .eTag(String.valueOf(agency.version()))
        .body(administrator ? AgencyResponse.forAdministrator(agency) : AgencyResponse.of(agency));
  }

  /** Anything but one of our ETags cannot match the current version. */
  private static long version(String ifMatch) {
    String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notOurs) {
      return -1;
    }
  }
}

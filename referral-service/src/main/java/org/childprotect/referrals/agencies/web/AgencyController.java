package org.childprotect.referrals.agencies.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.childprotect.platform.security.Problems;
import org.childprotect.referrals.agencies.Agencies;
import org.childprotect.referrals.agencies.AgencyCode;
import org.childprotect.referrals.agencies.AgencyFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agency directory for every signed-in user: it lists organisations, not children, so it needs no
 * district or agency scoping.
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
  AgencyResponse one(@PathVariable String code) {
    return AgencyCode.parse(code)
        .flatMap(agencies::byCode)
        .map(AgencyResponse::of)
        .orElseThrow(() -> Problems.notFound("Agency"));
  }
}

package org.childprotect.referrals.agencies.web;

import java.util.List;
import org.childprotect.referrals.agencies.Agency;
import org.springframework.data.domain.Page;

/** One page of the directory in the platform's page shape ({@code content, page, size, totalElements, totalPages}). */
public record AgencyPage(List<AgencyResponse> content, int page, int size, long totalElements, int totalPages) {

  static AgencyPage of(Page<Agency> agencies) {
    return new AgencyPage(
        agencies.map(AgencyResponse::of).getContent(),
        agencies.getNumber(),
        agencies.getSize(),
        agencies.getTotalElements(),
        agencies.getTotalPages());
  }
}

package org.childprotect.referrals.referral.web;

import java.util.List;
import org.childprotect.referrals.referral.ReferralView;
import org.springframework.data.domain.Page;

/** One page of an inbox or outbox in the platform's page shape. */
public record ReferralPageResponse(
    List<ReferralSummaryResponse> content, int page, int size, long totalElements, int totalPages) {

  static ReferralPageResponse of(Page<ReferralView> views) {
    return new ReferralPageResponse(
        views.map(ReferralSummaryResponse::of).getContent(),
        views.getNumber(),
        views.getSize(),
        views.getTotalElements(),
        views.getTotalPages());
  }
}

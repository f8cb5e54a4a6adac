package org.childprotect.referrals.referral.web;

import java.time.Instant;
import java.util.List;
import org.childprotect.referrals.audit.AuditAction;
import org.childprotect.referrals.audit.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/** One line of a referral's audit trail: who, from which agency, when, what, and why for overrides. */
public record AuditEntryResponse(
    Instant at, AuditAction action, String username, @Nullable String agency, @Nullable String justification) {

  static AuditEntryResponse of(AuditEntry entry) {
    return new AuditEntryResponse(entry.at(), entry.action(), entry.username(), entry.agency(), entry.justification());
  }

  public record PageResponse(
      List<AuditEntryResponse> content, int page, int size, long totalElements, int totalPages) {

    static PageResponse of(Page<AuditEntry> entries) {
      return new PageResponse(
          entries.map(AuditEntryResponse::of).getContent(),
          entries.getNumber(),
          entries.getSize(),
          entries.getTotalElements(),
          entries.getTotalPages());
    }
  }
}

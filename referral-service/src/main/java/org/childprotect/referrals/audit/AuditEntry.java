package org.childprotect.referrals.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the referral audit trail: who (user id and name, their agency and roles), when, what, on which
 * referral and case, and why (the override justification; null for openings). Written once, never changed.
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(
    @Id String id,
    Instant at,
    AuditAction action,
    String referralId,
    String caseId,
    String userId,
    String username,
    @Nullable String agency,
    List<String> roles,
    @Nullable String justification) {

  public static final String COLLECTION = "referral_audit";
}

package org.childprotect.referrals.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.childprotect.platform.security.Caller;
import org.childprotect.referrals.audit.AuditAction;
import org.childprotect.referrals.audit.AuditEntry;
import org.childprotect.referrals.audit.ReferralAuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Reading referrals: one at a time, the shared snapshot (audited), inboxes, outboxes and the audit trail. */
@Service
public class ReferralQueries {

  public static final int MAX_PAGE_SIZE = 100;

  private final Referrals referrals;
  private final ReferralAccess access;
  private final ReferralAuditTrail auditTrail;
  private final Clock clock;

  ReferralQueries(Referrals referrals, ReferralAccess access, ReferralAuditTrail auditTrail, Clock clock) {
    this.referrals = referrals;
    this.access = access;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** One referral, if the caller stands on either side of it; otherwise {@link ReferralNotFound}. */
  public ReferralView find(ReferralId id, Caller caller) {
    Referral referral = referrals.byId(id).orElseThrow(ReferralNotFound::new);
    Standing standing = access.of(caller, referral);
    if (!standing.isParty()) {
      throw new ReferralNotFound();
    }
    return new ReferralView(referral, standing, clock.instant());
  }

  /**
   * The shared snapshot, for either side, while it exists. The opening is audited before the snapshot is handed
   * out: if the audit trail cannot be written, nobody reads the snapshot.
   */
  public OpenedSnapshot openSnapshot(ReferralId id, Caller caller) {
    ReferralView view = find(id, caller);
    Referral referral = view.referral();
    String snapshot = referral.snapshot().orElseThrow(ReferralNotFound::new);
    AuditEntry opened =
        auditTrail.record(AuditAction.SNAPSHOT_OPENED, referral.id().toString(), referral.caseId(), caller, null);
    return new OpenedSnapshot(referral, snapshot, opened.at());
  }

  /** Requests addressed to the caller's agency, of the kinds the caller answers there; overdue first. */
  public Page<ReferralView> inbox(Caller caller, ReferralFilter filter, int page, int size) {
    Set<ReferralKind> kinds = access.kindsAnsweredBy(caller);
    if (caller.agency() == null || kinds.isEmpty()) {
      return new PageImpl<>(List.of(), PageRequest.of(page, size), 0);
    }
    Instant now = clock.instant();
    return referrals
        .inbox(caller.agency(), kinds, filter, now, page, size)
        .map(referral -> new ReferralView(referral, access.of(caller, referral), now));
  }

  /** Referrals the caller made, and for supervisors every referral of a case in their districts; overdue first. */
  public Page<ReferralView> outbox(Caller caller, ReferralFilter filter, int page, int size) {
    Instant now = clock.instant();
    Set<String> districts = caller.hasRole(Caller.SUPERVISOR) ? caller.districts() : Set.of();
    return referrals
        .outbox(caller.userId(), districts, filter, now, page, size)
        .map(referral -> new ReferralView(referral, access.of(caller, referral), now));
  }

  /** Who opened the snapshot and who overrode consent: for administrators, and for supervisors of either side. */
  public Page<AuditEntry> auditTrail(ReferralId id, Caller caller, int page, int size) {
    if (!caller.hasRole(Caller.ADMIN)) {
      ReferralView view = find(id, caller);
      if (!caller.hasRole(Caller.SUPERVISOR)) {
        throw new ReferralForbidden("Only supervisors and administrators may read the audit trail.");
      }
      return auditTrail.forReferral(view.referral().id().toString(), page, size);
    }
    Referral referral = referrals.byId(id).orElseThrow(ReferralNotFound::new);
    return auditTrail.forReferral(referral.id().toString(), page, size);
  }
}

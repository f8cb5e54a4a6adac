package org.childprotect.referrals.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral of a case to another agency for a service, or a transfer of the case's responsibility: the
 * aggregate of this service. Every change is one single-document save that carries, in {@link #outbox()}, the
 * events it causes, so a change and its events can never be separated even without multi-document transactions.
 *
 * <p>The shared snapshot is stored as the JSON text case-service returned, untouched, and erased when the
 * referral is declined, revoked or expires: from then on nobody can open it.
 */
@Document(Referral.COLLECTION)
public class Referral {

  public static final String COLLECTION = "referrals";

  /** Sort key for lists: open referrals (someone must act) come before closed ones. */
  static final int OPEN = 0;

  static final int CLOSED = 1;

  @Id private final String id;

  private final ReferralKind kind;

  private final String caseId;

  private final String caseNumber;

  private final String district;

  private final String fromAgency;

  private final String toAgency;

  private final String toAgencyType;

  private final @Nullable String serviceType;

  private final Urgency urgency;

  private final String reason;

  private final Actor referrer;

  private final ConsentBasis consentBasis;

  private final @Nullable ConsentOverride consentOverride;

  private final Instant requestedAt;

  private final Instant respondBy;

  private ReferralStatus status;

  private @Nullable Instant acceptedAt;

  private @Nullable Actor acceptedBy;

  private @Nullable Instant completeBy;

  private @Nullable Closure closure;

  private @Nullable DeclineReason declineReason;

  private @Nullable CompletionOutcome outcome;

  private boolean overdue;

  /** {@link #OPEN} or {@link #CLOSED}; stored so lists can sort open referrals first in the database. */
  private int queueRank;

  /** The deadline that is running now (response or completion), null once closed; sorts overdue first. */
  private @Nullable Instant dueAt;

  private @Nullable String snapshot;

  private @Nullable Instant snapshotErasedAt;

  private final List<StatusChange> history;

  @Version private @Nullable Long version;

  private final List<OutboxEntry> outbox;

  /** Events raised since this copy was loaded (or created): the only outbox entries a save may add. */
  @Transient private final List<OutboxEntry> raised = new ArrayList<>();

  @PersistenceCreator
  Referral(
      String id,
      ReferralKind kind,
      String caseId,
      String caseNumber,
      String district,
      String fromAgency,
      String toAgency,
      String toAgencyType,
      @Nullable String serviceType,
      Urgency urgency,
      String reason,
      Actor referrer,
      ConsentBasis consentBasis,
      @Nullable ConsentOverride consentOverride,
      Instant requestedAt,
      Instant respondBy,
      ReferralStatus status,
      @Nullable Instant acceptedAt,
      @Nullable Actor acceptedBy,
      @Nullable Instant completeBy,
      @Nullable Closure closure,
      @Nullable DeclineReason declineReason,
      @Nullable CompletionOutcome outcome,
      boolean overdue,
      int queueRank,
      @Nullable Instant dueAt,
      @Nullable String snapshot,
      @Nullable Instant snapshotErasedAt,
      @Nullable List<StatusChange> history,
      @Nullable Long version,
      @Nullable List<OutboxEntry> outbox) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    this.district = Objects.requireNonNull(district, "district");
    this.fromAgency = Objects.requireNonNull(fromAgency, "fromAgency");
    this.toAgency = Objects.requireNonNull(toAgency, "toAgency");
    this.toAgencyType = Objects.requireNonNull(toAgencyType, "toAgencyType");
    this.serviceType = serviceType;
    this.urgency = Objects.requireNonNull(urgency, "urgency");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.referrer = Objects.requireNonNull(referrer, "referrer");
    this.consentBasis = Objects.requireNonNull(consentBasis, "consentBasis");
    this.consentOverride = consentOverride;
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
    this.respondBy = Objects.requireNonNull(respondBy, "respondBy");
    this.status = Objects.requireNonNull(status, "status");
    this.acceptedAt = acceptedAt;
    this.acceptedBy = acceptedBy;
    this.completeBy = completeBy;
    this.closure = closure;
    this.declineReason = declineReason;
    this.outcome = outcome;
    this.overdue = overdue;
    this.queueRank = queueRank;
    this.dueAt = dueAt;
    this.snapshot = snapshot;
    this.snapshotErasedAt = snapshotErasedAt;
    this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
    this.version = version;
    this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
  }

  /**
   * Opens a referral or transfer in {@code REQUESTED} and records its requested event. Whether the caller may
   * refer this case, and to this agency, has been checked by the caller of this method; this method guards what
   * the referral itself knows (a referral names a service, a consent override needs a justification).
   */
  public static Referral request(
      ReferralId id,
      RequestedReferral request,
      Actor referrer,
      Instant now,
      Deadlines deadlines,
      EventEnvelopes envelopes) {
    if (request.kind() == ReferralKind.REFERRAL && request.serviceType() == null) {
      throw new IllegalArgumentException("a referral names the service it asks for");
    }
    if ((request.consentBasis() == ConsentBasis.SUPERVISOR_OVERRIDE) != (request.consentOverride() != null)) {
      throw new IllegalArgumentException("a consent override, and only an override, carries a justification");
    }
    Instant respondBy = deadlines.respondBy(request.urgency(), now);
    Referral referral =
        new Referral(
            id.toString(),
            request.kind(),
            request.caseId().toString(),
            request.caseNumber(),
            request.district(),
            request.fromAgency(),
            request.toAgency(),
            request.toAgencyType(),
            request.kind() == ReferralKind.TRANSFER ? null : request.serviceType(),
            request.urgency(),
            request.reason(),
            referrer,
            request.consentBasis(),
            request.consentOverride(),
            now,
            respondBy,
            ReferralStatus.REQUESTED,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            OPEN,
            respondBy,
            request.snapshot(),
            null,
            List.of(new StatusChange(ReferralStatus.REQUESTED, false, now, referrer)),
            null,
            List.of());
    referral.raise(
        referral.isTransfer() ? ReferralEventType.TRANSFER_REQUESTED : ReferralEventType.REFERRAL_REQUESTED,
        now,
        envelopes);
    return referral;
  }

  /** The receiving agency takes the referral on (or, for a transfer, the case itself). */
  public void accept(Actor by, Instant now, Deadlines deadlines, EventEnvelopes envelopes) {
    requireStatus(ReferralStatus.REQUESTED, "accepted");
    status = ReferralStatus.ACCEPTED;
    acceptedAt = now;
    acceptedBy = by;
    overdue = false;
    if (isTransfer()) {
      // A transfer is done once accepted: case-service moves the ownership when it reads the event.
      close(now);
      raiseChange(by, now, ReferralEventType.TRANSFER_ACCEPTED, envelopes);
    } else {
      completeBy = deadlines.completeBy(urgency, now);
      dueAt = completeBy;
      raiseChange(by, now, ReferralEventType.REFERRAL_ACCEPTED, envelopes);
    }
  }

  /** The receiving agency says no; the snapshot is erased because nobody there needs it any more. */
  public void decline(Actor by, DeclineReason reason, @Nullable String comment, Instant now, EventEnvelopes envelopes) {
    requireStatus(ReferralStatus.REQUESTED, "declined");
    status = ReferralStatus.DECLINED;
    declineReason = Objects.requireNonNull(reason, "reason");
    closure = new Closure(now, by, comment);
    close(now);
    eraseSnapshot(now);
    raiseChange(
        by,
        now,
        isTransfer() ? ReferralEventType.TRANSFER_DECLINED : ReferralEventType.REFERRAL_DECLINED,
        envelopes);
  }

  /** The receiving agency reports the service given; the snapshot stays with the record of that service. */
  public void complete(
      Actor by, CompletionOutcome outcome, @Nullable String comment, Instant now, EventEnvelopes envelopes) {
    requireReferral("completed");
    requireStatus(ReferralStatus.ACCEPTED, "completed");
    status = ReferralStatus.COMPLETED;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    closure = new Closure(now, by, comment);
    close(now);
    raiseChange(by, now, ReferralEventType.REFERRAL_COMPLETED, envelopes);
  }

  /** The referrer (or their supervisor) withdraws the referral; the receiving agency loses the snapshot. */
  public void revoke(Actor by, @Nullable String comment, Instant now, EventEnvelopes envelopes) {
    requireReferral("revoked");
    if (!status.isOpen()) {
      throw new ReferralStateConflict("The referral is " + status + " and can no longer be revoked.");
    }
    status = ReferralStatus.REVOKED;
    closure = new Closure(now, by, comment);
    close(now);
    eraseSnapshot(now);
    raiseChange(by, now, ReferralEventType.REFERRAL_REVOKED, envelopes);
  }

  /**
   * Applies a deadline that has passed at {@code now}: an unanswered referral expires (and loses its snapshot);
   * an unanswered transfer or an accepted referral not yet completed turns overdue, once.
   *
   * @return whether anything changed (and so needs saving)
   */
  public boolean passDeadline(Instant now, EventEnvelopes envelopes) {
    if (!status.isOpen() || overdue || dueAt == null || !now.isAfter(dueAt)) {
      return false;
    }
    if (status == ReferralStatus.REQUESTED && !isTransfer()) {
      status = ReferralStatus.EXPIRED;
      closure = new Closure(now, null, null);
      close(now);
      eraseSnapshot(now);
      raiseChange(null, now, ReferralEventType.REFERRAL_EXPIRED, envelopes);
    } else {
      overdue = true;
      history.add(new StatusChange(status, true, now, null));
      raise(ReferralEventType.REFERRAL_OVERDUE, now, envelopes);
    }
    return true;
  }

  /** Whether a deadline is running and has passed, whether or not the deadline job has run yet. */
  public boolean isOverdueAt(Instant now) {
    return status.isOpen() && dueAt != null && now.isAfter(dueAt);
  }

  public ReferralFacts facts() {
    return new ReferralFacts(
        id,
        caseId,
        kind,
        district,
        fromAgency,
        toAgency,
        toAgencyType,
        serviceType,
        urgency,
        status,
        consentBasis,
        requestedAt,
        respondBy,
        acceptedAt,
        completeBy,
        closure == null ? null : closure.at(),
        overdue,
        declineReason,
        outcome,
        isTransfer() && status == ReferralStatus.ACCEPTED ? toAgency : null);
  }

  private void requireStatus(ReferralStatus expected, String verb) {
    if (status != expected) {
      String what = isTransfer() ? "transfer" : "referral";
      throw new ReferralStateConflict("The " + what + " is " + status + " and can no longer be " + verb + ".");
    }
  }

  private void requireReferral(String verb) {
    if (isTransfer()) {
      throw new ReferralStateConflict("A transfer cannot be " + verb + "; it is accepted or declined.");
    }
  }

  private void close(Instant now) {
    queueRank = CLOSED;
    dueAt = null;
    if (closure == null) {
      closure = new Closure(now, acceptedBy, null);
    }
  }

  private void eraseSnapshot(Instant now) {
    if (snapshot != null) {
      snapshot = null;
      snapshotErasedAt = now;
    }
  }

  private void raiseChange(@Nullable Actor by, Instant now, ReferralEventType type, EventEnvelopes envelopes) {
    history.add(new StatusChange(status, false, now, by));
    raise(type, now, envelopes);
  }

  /**
   * The version this document will have once the pending change is saved: Spring Data writes 0 on the first
   * insert and adds 1 on every versioned save. Events carry it so consumers can discard stale ones.
   */
  private long versionAfterSave() {
    return version == null ? 0 : version + 1;
  }

  private void raise(ReferralEventType type, Instant occurredAt, EventEnvelopes envelopes) {
    OutboxEntry entry = envelopes.seal(type, facts(), versionAfterSave(), occurredAt);
    outbox.add(entry);
    raised.add(entry);
  }

  public boolean isTransfer() {
    return kind == ReferralKind.TRANSFER;
  }

  public ReferralId id() {
    return new ReferralId(UUID.fromString(id));
  }

  public ReferralKind kind() {
    return kind;
  }

  public String caseId() {
    return caseId;
  }

  public String caseNumber() {
    return caseNumber;
  }

  public String district() {
    return district;
  }

  public String fromAgency() {
    return fromAgency;
  }

  public String toAgency() {
    return toAgency;
  }

  public String toAgencyType() {
    return toAgencyType;
  }

  public @Nullable String serviceType() {
    return serviceType;
  }

  public Urgency urgency() {
    return urgency;
  }

  public String reason() {
    return reason;
  }

  public Actor referrer() {
    return referrer;
  }

  public ConsentBasis consentBasis() {
    return consentBasis;
  }

  public Optional<ConsentOverride> consentOverride() {
    return Optional.ofNullable(consentOverride);
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant respondBy() {
    return respondBy;
  }

  public ReferralStatus status() {
    return status;
  }

  public Optional<Instant> acceptedAt() {
    return Optional.ofNullable(acceptedAt);
  }

  public Optional<Actor> acceptedBy() {
    return Optional.ofNullable(acceptedBy);
  }

  public Optional<Instant> completeBy() {
    return Optional.ofNullable(completeBy);
  }

  /** Set once the referral is final (for an accepted transfer, the acceptance itself). */
  public Optional<Closure> closure() {
    return Optional.ofNullable(closure);
  }

  public Optional<DeclineReason> declineReason() {
    return Optional.ofNullable(declineReason);
  }

  public Optional<CompletionOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /** Whether the deadline job has flagged this referral as overdue (and raised the event). */
  public boolean flaggedOverdue() {
    return overdue;
  }

  public Optional<Instant> dueAt() {
    return Optional.ofNullable(dueAt);
  }

  /** The shared snapshot as case-service returned it; empty once erased. */
  public Optional<String> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  public Optional<Instant> snapshotErasedAt() {
    return Optional.ofNullable(snapshotErasedAt);
  }

  public List<StatusChange> history() {
    return List.copyOf(history);
  }

  /** The optimistic-lock version of the stored document; {@code null} until first saved. */
  public @Nullable Long version() {
    return version;
  }

  /** Events saved with this referral and not yet confirmed as published. */
  public List<OutboxEntry> outbox() {
    return List.copyOf(outbox);
  }

  /** Events raised on this copy since it was loaded or created, oldest first. */
  List<OutboxEntry> raisedSinceLoad() {
    return List.copyOf(raised);
  }
}

package org.childprotect.referrals.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Answering and ending referrals. Each command checks, in this order: the referral exists for the caller (else
 * 404, the same answer a third agency gets for a referral that exists), the caller's side may do this (403),
 * the client saw the current version (409), the state allows it (409). The save itself is versioned, so two
 * focal points accepting at the same moment cannot both succeed.
 */
@Service
public class ReferralDecisions {

  private static final String ONLY_RECEIVER = "Only focal points of the receiving agency may answer this.";

  private final Referrals referrals;
  private final ReferralAccess access;
  private final ReferralProperties properties;
  private final EventEnvelopes envelopes;
  private final Clock clock;

  ReferralDecisions(
      Referrals referrals,
      ReferralAccess access,
      ReferralProperties properties,
      EventEnvelopes envelopes,
      Clock clock) {
    this.referrals = referrals;
    this.access = access;
    this.properties = properties;
    this.envelopes = envelopes;
    this.clock = clock;
  }

  public Referral accept(ReferralId id, long expectedVersion, Caller caller) {
    Referral referral = load(id, expectedVersion, caller, Standing::receiver, ONLY_RECEIVER);
    referral.accept(Actor.of(caller), now(), properties.deadlines(), envelopes);
    return referrals.save(referral);
  }

  public Referral decline(
      ReferralId id, long expectedVersion, DeclineReason reason, @Nullable String comment, Caller caller) {
    Referral referral = load(id, expectedVersion, caller, Standing::receiver, ONLY_RECEIVER);
    referral.decline(Actor.of(caller), reason, comment, now(), envelopes);
    return referrals.save(referral);
  }

  public Referral complete(
      ReferralId id, long expectedVersion, CompletionOutcome outcome, @Nullable String comment, Caller caller) {
    Referral referral = load(id, expectedVersion, caller, Standing::receiver, ONLY_RECEIVER);
    referral.complete(Actor.of(caller), outcome, comment, now(), envelopes);
    return referrals.save(referral);
  }

  public Referral revoke(ReferralId id, long expectedVersion, @Nullable String comment, Caller caller) {
    Referral referral =
        load(
            id,
            expectedVersion,
            caller,
            Standing::sender,
            "Only the referrer or their supervisor may revoke a referral.");
    referral.revoke(Actor.of(caller), comment, now(), envelopes);
    return referrals.save(referral);
  }

  private Referral load(
      ReferralId id, long expectedVersion, Caller caller, Predicate<Standing> allowed, String refusal) {
    Referral referral = referrals.byId(id).orElseThrow(ReferralNotFound::new);
    Standing standing = access.of(caller, referral);
    if (!standing.isParty()) {
      throw new ReferralNotFound();
    }
    if (!allowed.test(standing)) {
      throw new ReferralForbidden(refusal);
    }
    if (referral.version() == null || referral.version() != expectedVersion) {
      throw new StaleReferral();
    }
    return referral;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}

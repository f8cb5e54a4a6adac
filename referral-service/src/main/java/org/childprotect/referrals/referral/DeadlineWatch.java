package org.childprotect.referrals.referral;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The deadline job: expires unanswered referrals and flags overdue ones, each with its event. Safe to run on
 * every instance at once: each change is a versioned save, so only one instance applies it and the others skip.
 */
@Component
public class DeadlineWatch {

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

  /** Bounds one run even if saves keep losing races, so the schedule cannot spin. */
  private static final int MAX_ROUNDS = 50;

  private final Referrals referrals;
  private final ReferralProperties properties;
  private final EventEnvelopes envelopes;
  private final Clock clock;
  private final MeterRegistry meters;

  DeadlineWatch(
      Referrals referrals,
      ReferralProperties properties,
      EventEnvelopes envelopes,
      Clock clock,
      MeterRegistry meters) {
    this.referrals = referrals;
    this.properties = properties;
    this.envelopes = envelopes;
    this.clock = clock;
    this.meters = meters;
  }

  /** One scheduled run; never throws, so the schedule keeps running. */
  public void run() {
    try {
      checkDeadlines(clock.instant());
    } catch (RuntimeException ex) {
      // Class only: storage exceptions may quote document content.
      log.warn("Deadline check failed: {}", ex.getClass().getName());
    }
  }

  /**
   * Applies every deadline that passed before {@code now}.
   *
   * @return how many referrals changed
   */
  public int checkDeadlines(Instant now) {
    int changed = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Referral> due = referrals.pastDue(now, properties.deadlineBatchSize());
      int changedThisRound = 0;
      for (Referral referral : due) {
        if (referral.passDeadline(now, envelopes)) {
          try {
            referrals.save(referral);
            count(referral.status() == ReferralStatus.EXPIRED ? "expired" : "overdue");
            changedThisRound++;
          } catch (OptimisticLockingFailureException changedMeanwhile) {
            // Answered (or handled by another instance) since it was read; the next round sees the new state.
          }
        }
      }
      changed += changedThisRound;
      if (due.size() < properties.deadlineBatchSize() || changedThisRound == 0) {
        break;
      }
    }
    return changed;
  }

  private void count(String outcome) {
    Counter.builder("childprotect.referrals.deadlines")
        .description("Referral deadlines passed, by what the job did")
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }
}

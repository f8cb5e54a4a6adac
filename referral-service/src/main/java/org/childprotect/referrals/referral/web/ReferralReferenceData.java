package org.childprotect.referrals.referral.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.childprotect.referrals.referral.CompletionOutcome;
import org.childprotect.referrals.referral.DeclineReason;
import org.childprotect.referrals.referral.Deadlines;
import org.childprotect.referrals.referral.Urgency;

/** The codes and deadlines the referral forms need. Durations are ISO-8601 ({@code PT24H}). */
public record ReferralReferenceData(
    List<UrgencyDeadlines> urgencies,
    List<DeclineReason> declineReasons,
    List<CompletionOutcome> outcomes,
    String transferServiceType) {

  public record UrgencyDeadlines(Urgency code, Duration responseDeadline, Duration completionDeadline) {}

  static ReferralReferenceData of(Deadlines deadlines, String transferServiceType) {
    return new ReferralReferenceData(
        Arrays.stream(Urgency.values())
            .map(u -> new UrgencyDeadlines(u, deadlines.response().get(u), deadlines.completion().get(u)))
            .toList(),
        List.of(DeclineReason.values()),
        List.of(CompletionOutcome.values()),
        transferServiceType);
  }
}

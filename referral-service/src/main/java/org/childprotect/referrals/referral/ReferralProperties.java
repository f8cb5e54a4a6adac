package org.childprotect.referrals.referral;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrals behave.
 *
 * @param responseDeadlines time to answer a request, by urgency (defaults: HIGH 24h, MEDIUM 3d, LOW 7d)
 * @param completionDeadlines time to complete an accepted referral before it turns overdue, by urgency
 * @param deadlineCheckEnabled whether this instance runs the deadline job (every instance may; saves are versioned)
 * @param deadlineCheckInterval pause between rounds of the deadline job
 * @param deadlineBatchSize referrals handled per database round trip of the job
 * @param transferServiceType the service type whose data-sharing profile case-service applies to a transfer
 */
@ConfigurationProperties("childprotect.referrals")
public record ReferralProperties(
    @Nullable Map<Urgency, Duration> responseDeadlines,
    @Nullable Map<Urgency, Duration> completionDeadlines,
    @DefaultValue("true") boolean deadlineCheckEnabled,
    @DefaultValue("1m") Duration deadlineCheckInterval,
    @DefaultValue("200") int deadlineBatchSize,
    @DefaultValue("CASE_MANAGEMENT") String transferServiceType) {

  public Deadlines deadlines() {
    return new Deadlines(
        responseDeadlines == null ? Map.of() : responseDeadlines,
        completionDeadlines == null ? Map.of() : completionDeadlines);
  }
}

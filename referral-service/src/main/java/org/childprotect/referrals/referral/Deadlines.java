package org.childprotect.referrals.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long a receiving agency has, by urgency: to answer a request (after which a referral expires and a
 * transfer turns overdue) and to complete an accepted referral (after which it turns overdue).
 */
public record Deadlines(Map<Urgency, Duration> response, Map<Urgency, Duration> completion) {

  public static final Map<Urgency, Duration> DEFAULT_RESPONSE =
      Map.of(Urgency.HIGH, Duration.ofHours(24), Urgency.MEDIUM, Duration.ofDays(3), Urgency.LOW, Duration.ofDays(7));

  public static final Map<Urgency, Duration> DEFAULT_COMPLETION =
      Map.of(Urgency.HIGH, Duration.ofDays(7), Urgency.MEDIUM, Duration.ofDays(14), Urgency.LOW, Duration.ofDays(30));

  public Deadlines {
    response = complete(response, DEFAULT_RESPONSE);
    completion = complete(completion, DEFAULT_COMPLETION);
  }

  public static Deadlines defaults() {
    return new Deadlines(DEFAULT_RESPONSE, DEFAULT_COMPLETION);
  }

  public Instant respondBy(Urgency urgency, Instant requestedAt) {
    return requestedAt.plus(response.get(urgency));
  }

  public Instant completeBy(Urgency urgency, Instant acceptedAt) {
    return acceptedAt.plus(completion.get(urgency));
  }

  /** Any urgency left out of the configuration keeps its default; a deadline must be positive. */
  private static Map<Urgency, Duration> complete(Map<Urgency, Duration> given, Map<Urgency, Duration> defaults) {
    Map<Urgency, Duration> all = new EnumMap<>(defaults);
    if (given != null) {
      all.putAll(given);
    }
    all.forEach(
        (urgency, duration) -> {
          if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the deadline for " + urgency + " must be positive");
          }
        });
    return Map.copyOf(all);
  }
}

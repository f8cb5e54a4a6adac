package org.childprotect.referrals.referral;

import java.util.Optional;
import java.util.UUID;

/** A referral's (or transfer's) id; random, so it says nothing about the case or the child. */
public record ReferralId(UUID value) {

  public ReferralId {
    if (value == null) {
      throw new IllegalArgumentException("a referral id needs a value");
    }
  }

  public static ReferralId random() {
    return new ReferralId(UUID.randomUUID());
  }

  /** Reads caller-supplied text; a malformed id simply names no referral. */
  public static Optional<ReferralId> parse(String candidate) {
    try {
      return Optional.of(new ReferralId(UUID.fromString(candidate)));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

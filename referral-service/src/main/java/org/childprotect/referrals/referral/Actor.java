package org.childprotect.referrals.referral;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Who did something to a referral, kept in the referral document for the people working it. Never copied into
 * events: those carry agency codes only.
 */
public record Actor(String userId, String username, @Nullable String agency) {

  public static Actor of(Caller caller) {
    return new Actor(caller.userId(), caller.username(), caller.agency());
  }
}

package org.childprotect.referrals.referral.web;

import org.childprotect.platform.security.Problems;
import org.childprotect.referrals.referral.StaleReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Reads the version a client last saw from {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}). Every
 * command on a referral needs it: without it, two focal points could each answer a referral the other had
 * already answered.
 */
final class IfMatch {

  private IfMatch() {}

  static long version(@Nullable String header) {
    if (header == null || header.isBlank()) {
      throw Problems.of(
          HttpStatus.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag of the referral as you last read it.");
    }
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException notOurs) {
      // Not an ETag this service issued, so it cannot be the current one.
      throw new StaleReferral();
    }
  }
}

package org.childprotect.referrals.agencies;

import java.util.Optional;
import java.util.regex.Pattern;

/** An agency's stable code, the value of the {@code agency} token claim (e.g. {@code AG-HELPLINE}). */
public record AgencyCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("AG-[A-Z0-9]+(-[A-Z0-9]+)*");

  public AgencyCode {
    if (value == null || !FORMAT.matcher(value).matches() || value.length() > 64) {
      throw new IllegalArgumentException("not an agency code");
    }
  }

  /** Reads caller-supplied text; a malformed code is simply a code that names no agency. */
  public static Optional<AgencyCode> parse(String candidate) {
    return candidate.length() <= 64 && FORMAT.matcher(candidate).matches()
        ? Optional.of(new AgencyCode(candidate))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}

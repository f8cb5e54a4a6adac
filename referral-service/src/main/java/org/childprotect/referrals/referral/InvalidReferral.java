package org.childprotect.referrals.referral;

import java.util.List;

/**
 * A well-formed request that cannot become a referral: an unknown agency, a service it does not offer, a case
 * without consent. Each violation names the request field at fault; messages never quote case content.
 */
public class InvalidReferral extends RuntimeException {

  public record Violation(String field, String message) {}

  private final List<Violation> violations;

  public InvalidReferral(List<Violation> violations) {
    super(violations.size() + " invalid field(s)");
    this.violations = List.copyOf(violations);
  }

  public static InvalidReferral of(String field, String message) {
    return new InvalidReferral(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}

package org.childprotect.referrals.referral;

import org.jspecify.annotations.Nullable;

/** How fast the receiving agency must answer; decides the response and completion deadlines. */
public enum Urgency {
  HIGH,
  MEDIUM,
  LOW;

  /** The default for a case's risk level: a high-risk child is referred urgently unless the worker says otherwise. */
  public static Urgency fromRisk(@Nullable String riskLevel) {
    if (riskLevel == null) {
      return MEDIUM;
    }
    return switch (riskLevel) {
      case "HIGH" -> HIGH;
      case "LOW" -> LOW;
      default -> MEDIUM;
    };
  }
}

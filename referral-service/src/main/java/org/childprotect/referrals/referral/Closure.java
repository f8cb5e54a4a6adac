package org.childprotect.referrals.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a referral ended: when, by whom ({@code null} when the deadline job expired it) and an optional comment
 * for the people involved. Codes (decline reason, outcome) are kept beside it on the referral.
 */
public record Closure(Instant at, @Nullable Actor by, @Nullable String comment) {}

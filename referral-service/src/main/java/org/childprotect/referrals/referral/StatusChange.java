package org.childprotect.referrals.referral;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a referral's history; {@code by} is null for changes made by the deadline job. */
public record StatusChange(ReferralStatus status, boolean overdue, Instant at, @Nullable Actor by) {}

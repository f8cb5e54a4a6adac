package org.childprotect.referrals.referral;

import java.time.Instant;

/** A supervisor's documented decision to share without recorded consent. */
public record ConsentOverride(String justification, Actor by, Instant at) {}

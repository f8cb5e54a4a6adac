package org.childprotect.referrals.referral;

import java.time.Instant;

/** A snapshot handed out to a caller, after the opening was audited. */
public record OpenedSnapshot(Referral referral, String snapshot, Instant openedAt) {}

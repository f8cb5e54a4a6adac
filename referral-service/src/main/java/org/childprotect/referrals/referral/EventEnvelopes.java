package org.childprotect.referrals.referral;

import java.time.Instant;

/**
 * Wraps an event into the published envelope ({@code eventId, type, aggregateId, aggregateVersion, occurredAt,
 * producer, data}). An interface so that the aggregate decides <em>what</em> happened while the wire format lives
 * with the relay.
 */
public interface EventEnvelopes {

  OutboxEntry seal(ReferralEventType type, ReferralFacts data, long aggregateVersion, Instant occurredAt);
}

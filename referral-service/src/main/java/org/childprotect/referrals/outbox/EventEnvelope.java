package org.childprotect.referrals.outbox;

import java.time.Instant;
import org.childprotect.referrals.referral.ReferralFacts;

/**
 * The message on {@code referral.v1}, exactly as the schemas under {@code resources/events/} describe it.
 * {@code aggregateId} is the referral id (versions count per referral); the Kafka key is the case id, so all
 * referrals of one case reach a consumer in order.
 */
record EventEnvelope(
    String eventId,
    String type,
    String aggregateId,
    long aggregateVersion,
    Instant occurredAt,
    String producer,
    ReferralFacts data) {

  static final String PRODUCER = "referral-service";
}

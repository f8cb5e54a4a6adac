package org.childprotect.referrals.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * An event waiting in its referral document to be published. {@code envelope} is the complete JSON message as it
 * will appear on the topic, fixed when the change is saved, so the relay needs to know nothing about event types
 * and a retry publishes byte-identical messages.
 */
public record OutboxEntry(String eventId, String type, long aggregateVersion, Instant occurredAt, String envelope) {

  public OutboxEntry {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(envelope, "envelope");
  }
}

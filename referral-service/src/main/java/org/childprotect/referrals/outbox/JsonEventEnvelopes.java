package org.childprotect.referrals.outbox;

import java.time.Instant;
import java.util.UUID;
import org.childprotect.referrals.referral.EventEnvelopes;
import org.childprotect.referrals.referral.OutboxEntry;
import org.childprotect.referrals.referral.ReferralEventType;
import org.childprotect.referrals.referral.ReferralFacts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serialises events with a mapper of their own rather than the web's: a setting changed for HTTP must never
 * change a published contract.
 */
@Component
public class JsonEventEnvelopes implements EventEnvelopes {

  private final JsonMapper json =
      JsonMapper.builder()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  @Override
  public OutboxEntry seal(ReferralEventType type, ReferralFacts data, long aggregateVersion, Instant occurredAt) {
    String eventId = UUID.randomUUID().toString();
    EventEnvelope envelope =
        new EventEnvelope(
            eventId, type.wireName(), data.referralId(), aggregateVersion, occurredAt, EventEnvelope.PRODUCER, data);
    return new OutboxEntry(eventId, type.wireName(), aggregateVersion, occurredAt, json.writeValueAsString(envelope));
  }
}

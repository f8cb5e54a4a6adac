package org.childprotect.referrals.cases.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.childprotect.referrals.cases.CaseSummaries;
import org.childprotect.referrals.cases.inbound.ConsumedEvents.Outcome;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the case-summary projection current from {@code case.v1}. Only translates and delegates; a failure
 * propagates to the container's error handler, which retries and then dead-letters the record.
 */
@Component
class CaseEventListener {

  private final CaseEventTranslator translator;
  private final CaseSummaries summaries;
  private final ConsumedEvents consumed;

  CaseEventListener(CaseEventTranslator translator, CaseSummaries summaries, ConsumedEvents consumed) {
    this.translator = translator;
    this.summaries = summaries;
    this.consumed = consumed;
  }

  // The id names the container only; the consumer group stays spring.kafka.consumer.group-id (referral-service).
  @KafkaListener(id = "case-summaries", idIsGroup = false, topics = "${childprotect.case-events.topic:case.v1}")
  void on(ConsumerRecord<String, String> record) {
    TranslatedCaseEvent event = translator.translate(record.value());
    Outcome outcome = Outcome.SKIPPED;
    if (event instanceof TranslatedCaseEvent.Relevant relevant) {
      outcome = summaries.applyIfNewer(relevant.change()) ? Outcome.APPLIED : Outcome.DUPLICATE;
    }
    consumed.count(record.topic(), event.type(), outcome);
  }
}

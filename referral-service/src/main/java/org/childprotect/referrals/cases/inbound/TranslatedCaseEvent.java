package org.childprotect.referrals.cases.inbound;

import org.childprotect.referrals.cases.CaseSummaryChange;

/** The outcome of reading one record of the case topic. */
sealed interface TranslatedCaseEvent {

  String type();

  /** An event type that changes the case summary. */
  record Relevant(String type, CaseSummaryChange change) implements TranslatedCaseEvent {}

  /** A well-formed event of a type this service does not follow (yet): skipped, never dead-lettered. */
  record Ignored(String type) implements TranslatedCaseEvent {}
}

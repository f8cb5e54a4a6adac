package org.childprotect.referrals.referral;

/** What came of an accepted referral, as a code (details go in the comment, which never leaves the service). */
public enum CompletionOutcome {
  SERVICE_PROVIDED,
  PARTIALLY_PROVIDED,
  NOT_PROVIDED_CHILD_UNREACHABLE,
  NOT_PROVIDED_OTHER
}

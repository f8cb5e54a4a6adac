package org.childprotect.referrals.cases.inbound;

/**
 * A record on the case topic that cannot be understood. Retrying cannot help, so it goes straight to the
 * dead-letter topic. Messages name the missing part only, never event content.
 */
class UnreadableCaseEvent extends RuntimeException {

  UnreadableCaseEvent(String message) {
    super(message);
  }

  /** Keeps only the parser failure's kind: parser messages quote the offending input. */
  UnreadableCaseEvent(String message, Class<? extends Throwable> parserFailure) {
    super(message + " (" + parserFailure.getSimpleName() + ")");
  }
}

package org.childprotect.reporting.cases.inbound;

/**
 * A message on the case topic that can never be applied, however often it is retried. Its message names what is
 * wrong, never a value from the payload, because it ends up in logs and dead-letter headers.
 */
class UnreadableCaseEvent extends RuntimeException {

	UnreadableCaseEvent(String reason) {
		super(reason);
	}

}

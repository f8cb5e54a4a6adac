package org.childprotect.reporting.generations;

/**
 * The read model is switching to a rebuilt generation: live events must wait a moment, then go to the new one.
 * Thrown to the consumer, whose error handler retries it without dead-lettering.
 */
public class ReadModelSwitching extends RuntimeException {

	public ReadModelSwitching() {
		super("the read model is switching to a rebuilt generation");
	}

}

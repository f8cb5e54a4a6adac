package org.childprotect.reporting.messaging;

/** The platform's naming of dead-letter topics: {@code <topic>.DLT}. */
public final class DeadLetterTopics {

	private static final String SUFFIX = ".DLT";

	private DeadLetterTopics() {
	}

	public static String of(String topic) {
		return topic + SUFFIX;
	}

}

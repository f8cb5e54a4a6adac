package org.childprotect.reporting.generations;

import java.util.List;
import java.util.Set;

/** The topics, read from the start: where a rebuild takes its events. */
public interface EventLog {

	/** Opens a reader at the beginning of every partition of the topics; topics that do not exist are left out. */
	Session open(Set<String> topics);

	interface Session extends AutoCloseable {

		/** The next records, possibly none. */
		List<LoggedEvent> poll();

		/** Notes where each partition ends now. */
		void markEnd();

		/** Whether every partition has been read up to the end noted by the last {@link #markEnd()}. */
		boolean reachedMark();

		@Override
		void close();

	}

}

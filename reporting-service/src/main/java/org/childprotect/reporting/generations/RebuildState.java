package org.childprotect.reporting.generations;

/** Where a rebuild is. */
public enum RebuildState {

	/** Replaying the topics from the start into the new generation; queries still read the active one. */
	REPLAYING,

	/** Caught up; live consumers hold back while the last events are replayed, then the new generation takes over. */
	SWITCHING,

	/** The new generation is active. */
	DONE,

	/** Given up; the active generation was never touched and the new one was dropped. */
	FAILED

}

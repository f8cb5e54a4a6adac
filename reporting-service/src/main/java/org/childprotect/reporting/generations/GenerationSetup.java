package org.childprotect.reporting.generations;

/** Takes part in a generation's life: prepares its collections, and learns when it becomes the active one. */
public interface GenerationSetup {

	/** Before anything is written to a new generation (indexes). */
	void prepare(Generation generation);

	/** Right before a rebuilt, complete generation becomes the one queries read. */
	default void beforeActivation(Generation generation) {
	}

}

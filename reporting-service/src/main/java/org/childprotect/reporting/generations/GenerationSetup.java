package org.childprotect.reporting.generations;

/** Takes part in a generation's life: prepares its collections, and learns when it becomes the active one. */
public interface GenerationSetup {

	/** Before anything is written to a new generation (indexes). */
	void prepare(Generation generation);

	/**
	 * When a rebuilt generation has caught up with the topics, shortly before it becomes the one queries read;
	 * live events still go to the active generation meanwhile, so this may take its time.
	 */
	default void beforeActivation(Generation generation) {
	}

}

package org.childprotect.reporting.generations;

/** Prepares the collections of a new generation (indexes) before anything is written to it. */
public interface GenerationSetup {

	void prepare(Generation generation);

}

package org.childprotect.cases.imports;

/** Every runner is busy and the queue is full; the upload is refused rather than kept waiting indefinitely. */
public class ImportsBusy extends RuntimeException {

	public ImportsBusy() {
		super("Too many imports are running or waiting; try again in a few minutes.");
	}

}

package org.childprotect.cases.imports;

/** Where an import job stands. Only the first two change; the others are final. */
public enum ImportStatus {

	/** Accepted and waiting for a free runner. */
	QUEUED,
	/** Rows are being read and stored. */
	RUNNING,
	/** Every row was read; the counts say what became of each. */
	COMPLETED,
	/** Stopped at the importer's request after the batch under way; cases already created stay. */
	CANCELLED,
	/** Stopped by an error that was not about a single row; cases already created stay. */
	FAILED,
	/**
	 * The service stopped while the job was queued or running. Uploading the same file again finishes it: rows
	 * already imported are recognised by their paper form and are not created twice.
	 */
	INTERRUPTED;

	public boolean isFinished() {
		return this != QUEUED && this != RUNNING;
	}

}

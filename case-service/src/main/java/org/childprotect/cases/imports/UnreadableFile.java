package org.childprotect.cases.imports;

/**
 * The uploaded file cannot be imported as a whole (not the format it claims, wrong encoding, no usable header,
 * too many rows). The message is meant for the clerk and never quotes a cell value.
 */
public class UnreadableFile extends RuntimeException {

	public UnreadableFile(String message) {
		super(message);
	}

	public UnreadableFile(String message, Throwable cause) {
		super(message, cause);
	}

}

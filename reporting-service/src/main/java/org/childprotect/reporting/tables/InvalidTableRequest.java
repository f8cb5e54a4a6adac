package org.childprotect.reporting.tables;

/** A table that cannot be answered as asked; names the request parameter at fault. */
public class InvalidTableRequest extends RuntimeException {

	private final String parameter;

	public InvalidTableRequest(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}

}

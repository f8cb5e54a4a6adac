package org.childprotect.cases.reference;

/** An administrator's entry the reference-data rules refuse; names the field at fault. */
public class InvalidReferenceEntry extends RuntimeException {

	private final String field;

	public InvalidReferenceEntry(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}

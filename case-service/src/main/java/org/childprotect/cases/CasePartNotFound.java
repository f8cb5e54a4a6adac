package org.childprotect.cases;

/** A path names a part of a case (service, consent, approval, plan action) that the case does not have. */
public class CasePartNotFound extends RuntimeException {

	private final String part;

	public CasePartNotFound(String part) {
		super("The " + part + " was not found in this case");
		this.part = part;
	}

	/** What was looked for, e.g. {@code service}; never an id or a value. */
	public String part() {
		return part;
	}

}

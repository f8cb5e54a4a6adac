package org.childprotect.cases;

/** The caller may not open a case in the requested district. */
public class RegistrationNotAllowed extends RuntimeException {

	public RegistrationNotAllowed(String district) {
		super("Registration not allowed in district " + district);
	}

}

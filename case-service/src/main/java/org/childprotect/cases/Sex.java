package org.childprotect.cases;

/** As recorded by the social worker; {@code UNKNOWN} when it could not be established. */
public enum Sex {

	FEMALE, MALE, OTHER, UNKNOWN

}

package org.childprotect.cases.imports;

/** The caller may not import (wrong role, or no district to import into). */
public class ImportNotAllowed extends RuntimeException {

	public ImportNotAllowed(String message) {
		super(message);
	}

}

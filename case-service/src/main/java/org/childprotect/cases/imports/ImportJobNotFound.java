package org.childprotect.cases.imports;

/** No such job, or one of another office: indistinguishable on purpose, like cases out of scope. */
public class ImportJobNotFound extends RuntimeException {

	public ImportJobNotFound(String id) {
		super("Import job " + id + " not found or not in scope");
	}

}

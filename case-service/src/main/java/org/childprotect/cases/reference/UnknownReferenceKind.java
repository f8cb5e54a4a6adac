package org.childprotect.cases.reference;

/** A path names a kind of reference data that does not exist (or cannot be edited). */
public class UnknownReferenceKind extends RuntimeException {

	public UnknownReferenceKind(String kind) {
		super("No editable reference data kind " + kind);
	}

}

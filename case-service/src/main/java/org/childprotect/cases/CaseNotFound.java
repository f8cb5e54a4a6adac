package org.childprotect.cases;

/**
 * No such case, or none the caller may see: the two are deliberately indistinguishable, so that probing ids
 * reveals nothing about cases in other districts.
 */
public class CaseNotFound extends RuntimeException {

	public CaseNotFound(CaseId id) {
		this(id.toString());
	}

	/** For ids that are not even well-formed: they name no case either. */
	public CaseNotFound(String id) {
		super("Case " + id + " not found or not in scope");
	}

}

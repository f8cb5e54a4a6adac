package org.childprotect.cases;

/**
 * The caller may see the case but may not do this to it, e.g. decide on their own request. Differs from a role
 * refusal in that the reason is specific to the case, so the message says why.
 */
public class ActionNotPermitted extends RuntimeException {

	public ActionNotPermitted(String message) {
		super(message);
	}

}

package org.childprotect.cases;

/**
 * Where a case stands in the case-management cycle. Only registration exists so far; assessment, case plan,
 * implementation, follow-up and closure join as their use cases are built.
 */
public enum Stage {

	REGISTRATION

}

package org.childprotect.cases.audit;

public enum AuditAction {

	CASE_REGISTERED, CASE_VIEWED, CASES_LISTED

}

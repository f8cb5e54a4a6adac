package org.childprotect.cases;

/** How a case entered the system: typed in by a worker, or imported from the paper backlog. */
public enum CaseSource {

	DIRECT, IMPORT

}

package org.childprotect.reporting.cases;

/** What applying one event did to the read model. */
public enum ApplyOutcome {

	/** The event was newer than anything held for its case and is now reflected. */
	APPLIED,

	/** The read model already holds this version or a newer one (a redelivery or a late arrival): nothing changed. */
	DUPLICATE

}

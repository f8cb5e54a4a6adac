package org.childprotect.cases;

/**
 * Something that happened to a case and is published on {@code case.v1}. Each type has a JSON Schema and an
 * example under {@code resources/events/case.v1/}; a published type is never changed incompatibly.
 */
public sealed interface CaseEvent permits CaseRegistered, CaseRiskChanged, CaseAssessed, CaseStageAdvanced,
		CaseServiceRecorded, CaseAssigned, CaseConsentChanged, CaseClosed, CaseReopened {

	/** The {@code type} written into the envelope; fixed per record so that renaming a class cannot change it. */
	String eventType();

}

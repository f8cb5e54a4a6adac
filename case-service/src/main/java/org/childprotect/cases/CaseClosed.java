package org.childprotect.cases;

import java.time.LocalDate;

/** A supervisor approved the closure; {@code reason} is a closure-reason code from the reference data. */
public record CaseClosed(String caseId, String district, String reason, LocalDate closedOn) implements CaseEvent {

	public static final String TYPE = "CaseClosed";

	@Override
	public String eventType() {
		return TYPE;
	}

}

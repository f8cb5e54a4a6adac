package org.childprotect.cases;

import java.time.LocalDate;

/** A supervisor reopened a closed case; it needs a new assessment. The reason stays in the case. */
public record CaseReopened(String caseId, String district, Stage stage, LocalDate reopenedOn) implements CaseEvent {

	public static final String TYPE = "CaseReopened";

	@Override
	public String eventType() {
		return TYPE;
	}

}

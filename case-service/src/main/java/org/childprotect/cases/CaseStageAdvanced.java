package org.childprotect.cases;

import java.time.LocalDate;

/**
 * The case moved to another stage. Raised on every stage change, including moves back (a rejected closure, a
 * reopened case), so that a consumer can follow the stage from this event alone.
 */
public record CaseStageAdvanced(String caseId, String district, Stage previousStage, Stage stage,
		LocalDate changedOn) implements CaseEvent {

	public static final String TYPE = "CaseStageAdvanced";

	@Override
	public String eventType() {
		return TYPE;
	}

}

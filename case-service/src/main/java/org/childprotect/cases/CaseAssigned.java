package org.childprotect.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A supervisor assigned the case to a worker. Staff are named by their account id, never by name. */
public record CaseAssigned(String caseId, String district, @Nullable String previousWorkerId,
		String assignedWorkerId, LocalDate assignedOn) implements CaseEvent {

	public static final String TYPE = "CaseAssigned";

	@Override
	public String eventType() {
		return TYPE;
	}

}

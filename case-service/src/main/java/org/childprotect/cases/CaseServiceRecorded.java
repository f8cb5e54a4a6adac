package org.childprotect.cases;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A service was recorded or its status changed; the provider's name stays in the case. */
public record CaseServiceRecorded(String caseId, String district, String serviceId, String serviceType,
		ServiceRecord.Status status, @Nullable LocalDate plannedOn, @Nullable LocalDate deliveredOn,
		LocalDate recordedOn) implements CaseEvent {

	public static final String TYPE = "CaseServiceRecorded";

	@Override
	public String eventType() {
		return TYPE;
	}

}

package org.childprotect.cases;

import java.time.LocalDate;

/** The case's risk level changed. The reason stays in the case: it is free text. */
public record CaseRiskChanged(String caseId, String district, RiskLevel previousRiskLevel, RiskLevel riskLevel,
		LocalDate changedOn) implements CaseEvent {

	public static final String TYPE = "CaseRiskChanged";

	@Override
	public String eventType() {
		return TYPE;
	}

}

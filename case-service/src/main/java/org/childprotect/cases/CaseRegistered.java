package org.childprotect.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A child's case was registered. Deliberately holds no name, birth date, case number or free text: consumers
 * such as reporting must be able to store it without holding identifying data.
 */
public record CaseRegistered(String caseId, String district, @Nullable String ownerAgency, Sex sex,
		@Nullable Integer ageYears, AgePrecision agePrecision, List<String> concerns, RiskLevel riskLevel,
		Stage stage, CaseSource source, LocalDate registeredOn) implements CaseEvent {

	public static final String TYPE = "CaseRegistered";

	public CaseRegistered {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(district, "district");
		concerns = List.copyOf(concerns);
	}

	@Override
	public String eventType() {
		return TYPE;
	}

}

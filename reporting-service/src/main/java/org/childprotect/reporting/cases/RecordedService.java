package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A service of the case plan was recorded or updated (the provider is not taken: it can name a person). */
public record RecordedService(UUID caseId, long version, String serviceId, String serviceType, String status,
		@Nullable LocalDate deliveredOn) implements CaseChange {

	public RecordedService {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(serviceType, "serviceType");
		Objects.requireNonNull(status, "status");
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		return fact.withService(
				new CaseFact.Service(rules.tokenOf(serviceId), version, serviceType, status, deliveredOn));
	}

}

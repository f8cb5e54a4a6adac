package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One case as the reporting read model knows it: codes, a band and a day, under a pseudonymous key. Every value
 * here is a statistical dimension; nothing identifies the child on its own.
 */
public record CaseFact(CaseKey key, String district, String sex, String ageBand, List<String> concerns, String risk,
		String stage, String source, LocalDate registeredOn) {

	public CaseFact {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(district, "district");
		Objects.requireNonNull(sex, "sex");
		Objects.requireNonNull(ageBand, "ageBand");
		Objects.requireNonNull(risk, "risk");
		Objects.requireNonNull(stage, "stage");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(registeredOn, "registeredOn");
		concerns = List.copyOf(concerns);
	}

}

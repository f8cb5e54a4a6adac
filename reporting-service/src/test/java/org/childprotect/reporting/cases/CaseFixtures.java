package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The rules and changes the unit tests build facts from, configured like application.yml. */
public final class CaseFixtures {

	public static final String SECRET = "reporting-test-secret-0123456789";

	public static final Map<String, List<String>> REGIONS = Map.of("KH-PP-R", List.of("KH-PP", "KH-KD"), "KH-NW",
			List.of("KH-SR", "KH-BB", "KH-BMC", "KH-PL"));

	private CaseFixtures() {
	}

	public static CaseFactsProperties properties() {
		return new CaseFactsProperties(SECRET, null, REGIONS, null);
	}

	public static CasePseudonyms pseudonyms() {
		return new CasePseudonyms(SECRET);
	}

	public static FactRules rules() {
		CaseFactsProperties properties = properties();
		return new FactRules(new AgeBands(properties), new Regions(properties), pseudonyms(), properties);
	}

	public static CountingRules counting(Set<String> consentRequiredFor) {
		return new CountingRules(new CountingProperties(consentRequiredFor, false, null));
	}

	public static RegisteredCase highRiskGirlInPhnomPenh(UUID caseId, long version, LocalDate registeredOn) {
		return new RegisteredCase(caseId, version, "KH-PP", "FEMALE", 11, "EXACT", List.of("NEGLECT", "CHILD_LABOUR"),
				"HIGH", "REGISTRATION", "DIRECT", registeredOn);
	}

	public static CaseFact apply(CaseFact fact, CaseChange... changes) {
		CaseFact result = fact;
		for (CaseChange change : changes) {
			result = change.applyTo(result, rules());
		}
		return result;
	}

	public static CaseFact factOf(UUID caseId, CaseChange... changes) {
		return apply(CaseFact.empty(pseudonyms().keyOf(caseId)), changes);
	}

}

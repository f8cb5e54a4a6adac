package org.childprotect.reporting.cases;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Consents of a case were given or withdrawn. Only consents for statistics matter here; each is followed by its
 * own id, so that a child's and a caregiver's consent are kept apart.
 */
public record ChangedConsent(UUID caseId, long version, List<Consent> consents) implements CaseChange {

	public static final String STATISTICS = "STATISTICS";

	/** The id under which the case's own statement of its active purposes is kept. */
	public static final String CASE_LEVEL = "case";

	/** One consent as the event states it now. */
	public record Consent(String consentId, String purpose, boolean active) {

		public Consent {
			Objects.requireNonNull(consentId, "consentId");
			Objects.requireNonNull(purpose, "purpose");
		}

	}

	public ChangedConsent {
		Objects.requireNonNull(caseId, "caseId");
		consents = List.copyOf(consents);
		CaseChange.checkVersion(version);
	}

	@Override
	public CaseFact applyTo(CaseFact fact, FactRules rules) {
		CaseFact result = fact;
		for (Consent consent : consents) {
			if (STATISTICS.equals(consent.purpose())) {
				result = result.withStatisticsConsent(
						new CaseFact.StatisticsConsent(rules.tokenOf(consent.consentId()), version, consent.active()));
			}
		}
		return result.seen(version);
	}

}

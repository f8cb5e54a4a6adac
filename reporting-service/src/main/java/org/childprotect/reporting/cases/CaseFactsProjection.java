package org.childprotect.reporting.cases;

import org.springframework.stereotype.Service;

/**
 * Projects case events onto {@link CaseFacts}: pseudonymises the case id and coarsens the age before anything is
 * written, so no identifying value ever reaches the database.
 */
@Service
public class CaseFactsProjection {

	private final CaseFacts facts;

	private final CasePseudonyms pseudonyms;

	private final AgeBands ageBands;

	CaseFactsProjection(CaseFacts facts, CasePseudonyms pseudonyms, AgeBands ageBands) {
		this.facts = facts;
		this.pseudonyms = pseudonyms;
		this.ageBands = ageBands;
	}

	public ApplyOutcome registered(RegisteredCase registration) {
		CaseFact fact = new CaseFact(pseudonyms.keyOf(registration.caseId()), registration.district(),
				registration.sex(), ageBands.bandOf(registration.ageYears(), registration.agePrecision()),
				registration.concerns(), registration.riskLevel(), registration.stage(), registration.source(),
				registration.registeredOn());
		return facts.apply(fact, registration.version());
	}

}

package org.childprotect.cases.web;

import java.time.Instant;
import java.time.LocalDate;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.childprotect.cases.Stage;

/** One row of the case list: enough to recognise a case, not the whole record. */
record CaseSummary(String id, String caseNumber, String givenName, String familyName, Sex sex, int ageYears,
		String district, RiskLevel riskLevel, Stage stage, Instant registeredAt) {

	static CaseSummary of(ChildCase c) {
		return new CaseSummary(c.id().toString(), c.caseNumber().value(), c.child().givenName(),
				c.child().familyName(), c.child().sex(), c.child().ageYearsOn(LocalDate.now()), c.district(), c.riskLevel(), c.stage(), c.registeredAt());
	}

}

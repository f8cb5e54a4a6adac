package org.childprotect.cases.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.childprotect.cases.AgePrecision;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.childprotect.cases.Stage;
import org.childprotect.cases.Worker;
import org.jspecify.annotations.Nullable;

/** A whole case as the registration form shows it; flat like the request, plus what the service decided. */
record CaseDetails(String id, String caseNumber, String givenName, String familyName, Sex sex,
		@Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAgeYears, AgePrecision agePrecision,
		int ageYears, String district, List<String> concerns, RiskLevel riskLevel, Stage stage, Person owner,
		@Nullable String ownerAgency, @Nullable Person assignedWorker, Instant registeredAt, long version) {

	static CaseDetails of(ChildCase c, LocalDate today) {
		return new CaseDetails(c.id().toString(), c.caseNumber().value(), c.child().givenName(),
				c.child().familyName(), c.child().sex(), c.child().dateOfBirth(), c.child().estimatedAgeYears(),
				c.child().agePrecision(), c.child().ageYearsOn(today), c.district(), c.concerns(), c.riskLevel(),
				c.stage(), Person.of(c.owner()), c.ownerAgency(),
				c.assignedWorker() == null ? null : Person.of(c.assignedWorker()), c.registeredAt(),
				versionOf(c));
	}

	static long versionOf(ChildCase c) {
		return c.version() == null ? 0 : c.version();
	}

	record Person(String userId, String username) {

		static Person of(Worker worker) {
			return new Person(worker.userId(), worker.username());
		}

	}

}

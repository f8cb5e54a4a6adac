package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChildCaseUnitTests {

	@Test
	void registrationOpensTheCaseAndQueuesCaseRegisteredInTheSameDocument() {
		ChildCase registered = CaseFixtures.registeredBy(CaseFixtures.workerPp(), CaseFixtures.girlGroomedOnline());

		assertThat(registered.stage()).isEqualTo(Stage.REGISTRATION);
		assertThat(registered.caseNumber().value()).isEqualTo("KH-PP-2026-000001");
		assertThat(registered.registeredAt()).isEqualTo(CaseFixtures.REGISTRATION_TIME.toInstant());
		assertThat(registered.outbox()).singleElement().satisfies(entry -> {
			assertThat(entry.type()).isEqualTo("CaseRegistered");
			assertThat(entry.aggregateVersion()).as("version the first save gives the case").isZero();
		});
	}

	@Test
	void theEventDescribesTheCaseWithoutIdentifyingTheChild() {
		ChildCase registered = CaseFixtures.registeredBy(CaseFixtures.workerPp(), CaseFixtures.girlGroomedOnline());

		String event = registered.outbox().get(0).envelope();
		assertThat(event).contains("district=KH-PP", "ageYears=14", "agePrecision=EXACT",
				"concerns=[OCSEA_GROOMING, OCSEA_SEXTORTION]", "riskLevel=HIGH", "ownerAgency=AG-DOSVY-PP",
				"registeredOn=2026-03-14", "source=DIRECT");
		assertThat(event).doesNotContain("Sokha", "Chan", "2011-10-02", "KH-PP-2026-000001");
	}

	@Test
	void aSocialWorkerWhoRegistersACaseAlsoWorksIt() {
		ChildCase registered = CaseFixtures.registeredBy(CaseFixtures.workerPp(), CaseFixtures.boyInChildLabour());

		assertThat(registered.owner().username()).isEqualTo("worker.pp");
		assertThat(registered.assignedWorker()).isEqualTo(registered.owner());
		assertThat(registered.ownerAgency()).isEqualTo("AG-DOSVY-PP");
		assertThat(registered.isOwnedOrWorkedBy("sub-worker-pp")).isTrue();
	}

	@Test
	void aSupervisorRegistersOnBehalfAndLeavesTheCaseUnassigned() {
		ChildCase registered = CaseFixtures.registeredBy(CaseFixtures.supervisorPp(),
				CaseFixtures.boyInChildLabour());

		assertThat(registered.owner().username()).isEqualTo("supervisor.pp");
		assertThat(registered.assignedWorker()).isNull();
	}

	@Test
	void aRepeatedConcernIsRecordedOnce() {
		Registration registration = new Registration(
				new ChildIdentity("Dara", "Kim", Sex.MALE, null, 10), "KH-PP",
				List.of("CHILD_LABOUR", "NEGLECT", "CHILD_LABOUR"), RiskLevel.LOW, CaseSource.DIRECT);

		assertThat(registration.concerns()).containsExactly("CHILD_LABOUR", "NEGLECT");
	}

	@Test
	void aRegistrationNeedsADistrictAndAConcern() {
		ChildIdentity child = new ChildIdentity("Dara", "Kim", Sex.MALE, LocalDate.of(2016, 1, 1), null);

		assertThatThrownBy(() -> new Registration(child, " ", List.of("NEGLECT"), RiskLevel.LOW, CaseSource.DIRECT))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageStartingWith("district");
		assertThatThrownBy(() -> new Registration(child, "KH-PP", List.of(), RiskLevel.LOW, CaseSource.DIRECT))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageStartingWith("concerns");
	}

	@Test
	void caseNumbersCarryDistrictYearAndAZeroPaddedSequence() {
		assertThat(CaseNumber.of("KH-SR", 2026, 42).value()).isEqualTo("KH-SR-2026-000042");
		assertThat(CaseNumber.of("KH-SR", 2026, 1_234_567).value()).isEqualTo("KH-SR-2026-1234567");
		assertThatThrownBy(() -> CaseNumber.of("KH-SR", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
	}

}

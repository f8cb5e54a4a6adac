package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.childprotect.platform.security.Caller;
import org.junit.jupiter.api.Test;

class CaseScopeUnitTests {

	private final ChildCase ppCaseOfWorkerPp = CaseFixtures.registeredBy(CaseFixtures.workerPp(),
			CaseFixtures.girlGroomedOnline());

	@Test
	void aSocialWorkerSeesTheCasesTheyOwnOrWorkOnly() {
		Caller colleague = new Caller("sub-other-worker", "worker.pp2", Set.of(Caller.SOCIAL_WORKER),
				Set.of("KH-PP"), "AG-DOSVY-PP");

		assertThat(CaseScope.of(CaseFixtures.workerPp()).covers(ppCaseOfWorkerPp)).isTrue();
		assertThat(CaseScope.of(colleague).covers(ppCaseOfWorkerPp)).as("same district is not enough").isFalse();
	}

	@Test
	void aSupervisorSeesEveryCaseOfTheirDistrictsOnly() {
		assertThat(CaseScope.of(CaseFixtures.supervisorPp()).covers(ppCaseOfWorkerPp)).isTrue();
		assertThat(CaseScope.of(CaseFixtures.supervisorSr()).covers(ppCaseOfWorkerPp)).isFalse();
	}

	@Test
	void rolesWithoutCaseworkSeeNothing() {
		CaseScope analyst = CaseScope.of(CaseFixtures.analyst());

		assertThat(analyst.isEmpty()).isTrue();
		assertThat(analyst.covers(ppCaseOfWorkerPp)).isFalse();
	}

	@Test
	void registrationIsForCaseworkersInTheirOwnDistricts() {
		assertThat(CaseScope.mayRegister(CaseFixtures.workerPp(), "KH-PP")).isTrue();
		assertThat(CaseScope.mayRegister(CaseFixtures.workerPp(), "KH-SR")).isFalse();
		assertThat(CaseScope.mayRegister(CaseFixtures.supervisorSr(), "KH-SR")).isTrue();
		assertThat(CaseScope.mayRegister(CaseFixtures.analyst(), "KH-PP")).isFalse();
	}

}

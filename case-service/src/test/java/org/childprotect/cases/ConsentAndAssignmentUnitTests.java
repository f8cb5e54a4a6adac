package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childprotect.cases.WorkflowFixtures.by;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConsentAndAssignmentUnitTests {

	private static final LocalDate TODAY = WorkflowFixtures.WORK_TIME.toLocalDate();

	@Test
	void aConsentIsRecordedAndWithdrawnEachTimeWithAnEventListingWhatIsStillAllowed() {
		ChildCase childCase = WorkflowFixtures.registered();

		Consent services = childCase.recordConsent(Consent.Purpose.SERVICES, Consent.Giver.CAREGIVER, TODAY,
				by(WorkflowFixtures.workerPp()));
		Consent referral = childCase.recordConsent(Consent.Purpose.REFERRAL, Consent.Giver.CHILD, TODAY,
				by(WorkflowFixtures.workerPp()));
		childCase.withdrawConsent(referral.id(), null, by(WorkflowFixtures.workerPp()));

		assertThat(childCase.hasConsentFor(Consent.Purpose.SERVICES)).isTrue();
		assertThat(childCase.hasConsentFor(Consent.Purpose.REFERRAL)).isFalse();
		assertThat(childCase.consents()).extracting(Consent::withdrawnOn).containsExactly(null, TODAY);
		assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::envelope)
			.satisfiesExactly(first -> assertThat(first).contains("activePurposes=[SERVICES]"),
					second -> assertThat(second).contains("activePurposes=[SERVICES, REFERRAL]"),
					third -> assertThat(third).contains("activePurposes=[SERVICES]", "withdrawnOn=" + TODAY));
		assertThat(services.recordedBy().username()).isEqualTo("worker.pp");
	}

	@Test
	void refusesImpossibleDatesAndASecondWithdrawal() {
		ChildCase childCase = WorkflowFixtures.registered();
		Consent consent = childCase.recordConsent(Consent.Purpose.STATISTICS, Consent.Giver.CAREGIVER, TODAY,
				by(WorkflowFixtures.workerPp()));

		assertThatThrownBy(() -> childCase.recordConsent(Consent.Purpose.SERVICES, Consent.Giver.CHILD,
				TODAY.plusDays(1), by(WorkflowFixtures.workerPp())))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageStartingWith("givenOn");
		assertThatThrownBy(() -> childCase.withdrawConsent(consent.id(), TODAY.minusDays(1),
				by(WorkflowFixtures.workerPp())))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageContaining("before the consent was given");
		childCase.withdrawConsent(consent.id(), TODAY, by(WorkflowFixtures.workerPp()));
		assertThatThrownBy(() -> childCase.withdrawConsent(consent.id(), TODAY, by(WorkflowFixtures.workerPp())))
			.isInstanceOf(WorkflowRefused.class)
			.hasMessageContaining("already withdrawn");
		assertThatThrownBy(() -> childCase.withdrawConsent("unknown", TODAY, by(WorkflowFixtures.workerPp())))
			.isInstanceOf(CasePartNotFound.class);
	}

	@Test
	void aSupervisorReassignsTheCaseTheOwnerStays() {
		ChildCase childCase = WorkflowFixtures.registered();

		childCase.assign(Worker.of(WorkflowFixtures.workerPp2()), by(WorkflowFixtures.supervisorPp()));

		assertThat(childCase.assignedWorker().username()).isEqualTo("worker.pp2");
		assertThat(childCase.owner().username()).isEqualTo("worker.pp");
		assertThat(childCase.unsavedEvents()).singleElement()
			.satisfies(event -> assertThat(event.envelope()).contains("previousWorkerId=sub-worker-pp",
					"assignedWorkerId=sub-worker-pp2"));
		assertThatThrownBy(
				() -> childCase.assign(Worker.of(WorkflowFixtures.workerPp2()), by(WorkflowFixtures.supervisorPp())))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageContaining("already assigned");
	}

	@Test
	void registrationDetailsAreEditedPartByPart() {
		ChildCase childCase = WorkflowFixtures.registered();

		childCase.editRegistration(new RegistrationDetails.Change(java.util.List.of("Sok"), "Cambodian",
				java.util.List.of("km", "en"), null, null,
				java.util.List.of(new RegistrationDetails.Caregiver("Chan Dara", "mother", "012 345 678")), "HELPLINE"));
		childCase.editRegistration(new RegistrationDetails.Change(null, null, java.util.List.of(), null, null, null,
				""));

		RegistrationDetails details = childCase.registrationDetails();
		assertThat(details.otherNames()).containsExactly("Sok");
		assertThat(details.nationality()).isEqualTo("Cambodian");
		assertThat(details.languages()).as("cleared by an empty list").isEmpty();
		assertThat(details.caregivers()).extracting(RegistrationDetails.Caregiver::relationship)
			.containsExactly("mother");
		assertThat(details.source()).as("cleared by blank text").isNull();
		assertThat(childCase.unsavedEvents()).as("consumers need no registration details").isEmpty();
	}

}

package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childprotect.cases.WorkflowFixtures.by;

import org.junit.jupiter.api.Test;

/** A sensitive note is read by those who need to know; everyone else who sees the case sees that it exists. */
class CaseNotesUnitTests {

	@Test
	void everyoneWhoSeesTheCaseReadsAnOrdinaryNote() {
		ChildCase childCase = WorkflowFixtures.registered();
		CaseNote note = childCase.addNote("Mother called", false, by(WorkflowFixtures.workerPp()));

		assertThat(childCase.mayRead(note, WorkflowFixtures.workerPp())).isTrue();
		assertThat(childCase.mayRead(note, WorkflowFixtures.supervisorPp())).isTrue();
	}

	@Test
	void aSensitiveNoteIsForItsAuthorTheAssignedWorkerAndSupervisors() {
		ChildCase childCase = WorkflowFixtures.registered();
		CaseNote note = childCase.addNote("Disclosure details", true, by(WorkflowFixtures.supervisorPp()));

		assertThat(childCase.mayRead(note, WorkflowFixtures.supervisorPp())).as("author").isTrue();
		assertThat(childCase.mayRead(note, WorkflowFixtures.deputySupervisorPp())).as("supervisor").isTrue();
		assertThat(childCase.mayRead(note, WorkflowFixtures.workerPp())).as("assigned worker").isTrue();
	}

	@Test
	void theRegisteringWorkerNoLongerWorkingTheCaseSeesOnlyThatANoteExists() {
		ChildCase childCase = WorkflowFixtures.registered();
		childCase.assign(Worker.of(WorkflowFixtures.workerPp2()), by(WorkflowFixtures.supervisorPp()));
		CaseNote sensitive = childCase.addNote("Disclosure details", true, by(WorkflowFixtures.workerPp2()));
		CaseNote ordinary = childCase.addNote("School contacted", false, by(WorkflowFixtures.workerPp2()));

		assertThat(CaseScope.of(WorkflowFixtures.workerPp()).covers(childCase)).as("still sees the case").isTrue();
		assertThat(childCase.mayRead(sensitive, WorkflowFixtures.workerPp())).isFalse();
		assertThat(childCase.mayRead(ordinary, WorkflowFixtures.workerPp())).isTrue();
		assertThat(childCase.mayRead(sensitive, WorkflowFixtures.workerPp2())).isTrue();
	}

	@Test
	void aNoteNeedsTextOfBoundedLength() {
		ChildCase childCase = WorkflowFixtures.registered();

		assertThatThrownBy(() -> childCase.addNote(" ", false, by(WorkflowFixtures.workerPp())))
			.isInstanceOf(InvalidCaseInput.class);
		assertThatThrownBy(() -> childCase.addNote("x".repeat(CaseNote.MAX_TEXT + 1), false,
				by(WorkflowFixtures.workerPp())))
			.isInstanceOf(InvalidCaseInput.class)
			.hasMessageNotContaining("xxxx");
		assertThat(childCase.notes()).isEmpty();
	}

}

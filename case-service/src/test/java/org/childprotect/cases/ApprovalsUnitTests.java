package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childprotect.cases.WorkflowFixtures.by;
import static org.childprotect.cases.WorkflowFixtures.supervisorPp;

import org.junit.jupiter.api.Test;

/** Plans and closures need a supervisor's decision; nobody decides their own request. */
class ApprovalsUnitTests {

	@Test
	void nobodyApprovesTheirOwnPlan() {
		ChildCase childCase = WorkflowFixtures.assessed();
		childCase.proposePlan(WorkflowFixtures.goals(), null, WorkflowFixtures.MAX_REVIEW, by(supervisorPp()));
		WorkflowFixtures.stored(childCase);
		String approvalId = childCase.planApproval().id();

		assertThatThrownBy(() -> childCase.decide(approvalId, Approval.Decision.APPROVE, null, by(supervisorPp())))
			.isInstanceOf(ActionNotPermitted.class)
			.hasMessageContaining("another supervisor");
		assertThat(childCase.planApproval().isPending()).isTrue();
		assertThat(childCase.stage()).isEqualTo(Stage.CASE_PLAN);

		childCase.decide(approvalId, Approval.Decision.APPROVE, "Agreed",
				by(WorkflowFixtures.deputySupervisorPp()));
		assertThat(childCase.stage()).isEqualTo(Stage.SERVICES);
		assertThat(childCase.planApproval().decidedBy().username()).isEqualTo("deputy.pp");
	}

	@Test
	void nobodyApprovesTheirOwnClosure() {
		ChildCase childCase = WorkflowFixtures.inFollowUp();
		childCase.requestClosure("NO_FURTHER_RISK", new Closure.Checklist(true, true, true, true), null,
				by(supervisorPp()));
		String approvalId = WorkflowFixtures.pending(childCase, Approval.Kind.CLOSURE).id();

		assertThatThrownBy(() -> childCase.decide(approvalId, Approval.Decision.APPROVE, null, by(supervisorPp())))
			.isInstanceOf(ActionNotPermitted.class);
		assertThat(childCase.stage()).isEqualTo(Stage.CLOSURE_REQUESTED);
	}

	@Test
	void aRejectionSaysWhy() {
		ChildCase childCase = WorkflowFixtures.withPendingPlan();
		String approvalId = childCase.planApproval().id();

		assertThatThrownBy(() -> childCase.decide(approvalId, Approval.Decision.REJECT, " ", by(supervisorPp())))
			.isInstanceOfSatisfying(InvalidCaseInput.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("comment"));
		assertThat(childCase.planApproval().isPending()).isTrue();
	}

	@Test
	void aDecidedRequestIsNotDecidedAgain() {
		ChildCase childCase = WorkflowFixtures.inServices();
		String approvalId = childCase.planApproval().id();

		assertThatThrownBy(() -> childCase.decide(approvalId, Approval.Decision.REJECT, "Changed my mind",
				by(WorkflowFixtures.deputySupervisorPp())))
			.isInstanceOf(WorkflowRefused.class)
			.hasMessageContaining("already decided (APPROVED)");
		assertThatThrownBy(() -> childCase.decide("no-such-approval", Approval.Decision.APPROVE, null,
				by(WorkflowFixtures.deputySupervisorPp())))
			.isInstanceOf(CasePartNotFound.class);
	}

	@Test
	void theHistoryKeepsEveryRequestAndDecision() {
		ChildCase closed = WorkflowFixtures.closed();

		assertThat(closed.approvals()).extracting(Approval::kind, Approval::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Approval.Kind.CASE_PLAN, Approval.Status.APPROVED),
					org.assertj.core.groups.Tuple.tuple(Approval.Kind.CLOSURE, Approval.Status.APPROVED));
		assertThat(closed.approvals().get(1).comment()).isEqualTo("Well done");
		assertThat(closed.approvals()).allSatisfy(approval -> assertThat(approval.decidedAt()).isNotNull());
	}

}

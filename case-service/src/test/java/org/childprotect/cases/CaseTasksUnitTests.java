package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childprotect.cases.WorkflowFixtures.by;

import java.time.Duration;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/** What is due on a case follows from its stage and dates, and becomes overdue when the time has passed. */
class CaseTasksUnitTests {

	private static final Duration APPROVAL_WITHIN = Duration.ofDays(3);

	@Test
	void aRegisteredCaseHasItsAssessmentDueOverdueAfterTheDeadline() {
		ChildCase registered = WorkflowFixtures.registered();
		ZonedDateTime registeredAt = CaseFixtures.REGISTRATION_TIME;

		assertThat(registered.openTasks(registeredAt.plusHours(23), APPROVAL_WITHIN)).singleElement()
			.satisfies(task -> {
				assertThat(task.kind()).isEqualTo(CaseTask.Kind.ASSESSMENT_DUE);
				assertThat(task.dueAt()).isEqualTo(registeredAt.plusHours(24).toInstant());
				assertThat(task.overdue()).isFalse();
				assertThat(task.caseNumber()).isEqualTo("KH-PP-2026-000001");
			});
		assertThat(registered.openTasks(registeredAt.plusHours(25), APPROVAL_WITHIN)).singleElement()
			.satisfies(task -> assertThat(task.overdue()).isTrue());
	}

	@Test
	void aPendingPlanIsAnApprovalWaitingNamingWhoAskedForIt() {
		ChildCase pending = WorkflowFixtures.withPendingPlan();
		ZonedDateTime now = WorkflowFixtures.WORK_TIME;

		assertThat(pending.openTasks(now, APPROVAL_WITHIN)).singleElement().satisfies(task -> {
			assertThat(task.kind()).isEqualTo(CaseTask.Kind.APPROVAL_WAITING);
			assertThat(task.approvalId()).isEqualTo(pending.planApproval().id());
			assertThat(task.requestedBy().username()).isEqualTo("worker.pp");
			assertThat(task.dueAt()).isEqualTo(now.toInstant().plus(APPROVAL_WITHIN));
		});
		assertThat(pending.openTasks(now.plusDays(4), APPROVAL_WITHIN)).singleElement()
			.satisfies(task -> assertThat(task.overdue()).isTrue());
	}

	@Test
	void anApprovedPlanIsDueForReviewAndAFollowUpOnItsNextDate() {
		ChildCase followedUp = WorkflowFixtures.inFollowUp();
		ZonedDateTime now = WorkflowFixtures.WORK_TIME;

		assertThat(followedUp.openTasks(now, APPROVAL_WITHIN)).extracting(CaseTask::kind)
			.containsExactlyInAnyOrder(CaseTask.Kind.PLAN_REVIEW_DUE, CaseTask.Kind.FOLLOW_UP_DUE);
		CaseTask followUp = followedUp.openTasks(now, APPROVAL_WITHIN)
			.stream()
			.filter(task -> task.kind() == CaseTask.Kind.FOLLOW_UP_DUE)
			.findFirst()
			.orElseThrow();
		assertThat(followUp.dueAt()).isEqualTo(now.toLocalDate().plusDays(14).atStartOfDay(now.getZone()).toInstant());
		assertThat(followUp.overdue()).isFalse();
		assertThat(followedUp.openTasks(now.plusDays(14), APPROVAL_WITHIN))
			.filteredOn(task -> task.kind() == CaseTask.Kind.FOLLOW_UP_DUE)
			.singleElement()
			.as("due all day, not overdue on the day itself")
			.satisfies(task -> assertThat(task.overdue()).isFalse());
		assertThat(followedUp.openTasks(now.plusDays(15), APPROVAL_WITHIN))
			.filteredOn(task -> task.kind() == CaseTask.Kind.FOLLOW_UP_DUE)
			.singleElement()
			.satisfies(task -> assertThat(task.overdue()).isTrue());
	}

	@Test
	void theLatestFollowUpDecidesTheNextDate() {
		ChildCase childCase = WorkflowFixtures.inFollowUp();
		childCase.recordFollowUp(WorkflowFixtures.WORK_TIME.toLocalDate(), FollowUp.Kind.CALL, "All well", null,
				by(WorkflowFixtures.workerPp(), WorkflowFixtures.WORK_TIME.plusHours(1)));

		assertThat(childCase.openTasks(WorkflowFixtures.WORK_TIME, APPROVAL_WITHIN)).extracting(CaseTask::kind)
			.containsExactly(CaseTask.Kind.PLAN_REVIEW_DUE);
	}

	@Test
	void aClosedCaseHasNothingDue() {
		assertThat(WorkflowFixtures.closed().openTasks(WorkflowFixtures.WORK_TIME, APPROVAL_WITHIN)).isEmpty();
	}

}

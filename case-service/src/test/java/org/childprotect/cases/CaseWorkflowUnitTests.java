package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.childprotect.cases.WorkflowFixtures.by;
import static org.childprotect.cases.WorkflowFixtures.supervisorPp;
import static org.childprotect.cases.WorkflowFixtures.workerPp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every move of a case through its stages, and the moves each stage refuses. */
class CaseWorkflowUnitTests {

	private static final LocalDate TODAY = WorkflowFixtures.WORK_TIME.toLocalDate();

	@Nested
	class Assessments {

		@Test
		void aRegisteredCaseIsAssessedAndMovesOnToItsPlan() {
			ChildCase childCase = WorkflowFixtures.registered();

			childCase.assess(WorkflowFixtures.needs(), RiskLevel.HIGH, "Offender still in contact", by(workerPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.CASE_PLAN);
			assertThat(childCase.assessment().needs()).extracting(org.childprotect.cases.Assessment.Need::domain)
				.containsExactly("SAFETY", "PSYCHOSOCIAL");
			assertThat(childCase.assessment().completedBy().username()).isEqualTo("worker.pp");
			assertThat(childCase.riskReason()).isEqualTo("Offender still in contact");
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type)
				.containsExactly("CaseAssessed", "CaseStageAdvanced");
		}

		@Test
		void aReRatedRiskIsItsOwnEventAndEveryEventOfTheChangeHasItsOwnVersion() {
			ChildCase childCase = WorkflowFixtures.registered();

			childCase.assess(WorkflowFixtures.needs(), RiskLevel.MEDIUM, "Offender blocked", by(workerPp()));

			assertThat(childCase.riskLevel()).isEqualTo(RiskLevel.MEDIUM);
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type)
				.containsExactly("CaseAssessed", "CaseRiskChanged", "CaseStageAdvanced");
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L, 3L);
			assertThat(childCase.unsavedEvents().get(1).envelope()).contains("previousRiskLevel=HIGH",
					"riskLevel=MEDIUM");
		}

		@Test
		void isRefusedOnceTheCaseHasMovedOn() {
			ChildCase planned = WorkflowFixtures.assessed();

			assertThatThrownBy(() -> planned.assess(WorkflowFixtures.needs(), RiskLevel.LOW, null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("stage CASE_PLAN")
				.hasMessageContaining("REGISTRATION, ASSESSMENT");
			assertThat(planned.unsavedEvents()).isEmpty();
		}

		@Test
		void needsAtLeastOneDomainEachOnce() {
			ChildCase childCase = WorkflowFixtures.registered();
			var safety = new org.childprotect.cases.Assessment.Need("SAFETY", org.childprotect.cases.Assessment.Level.LOW,
					null);

			assertThatThrownBy(() -> childCase.assess(List.of(), RiskLevel.LOW, null, by(workerPp())))
				.isInstanceOfSatisfying(InvalidCaseInput.class,
						ex -> assertThat(ex.violations().get(0).field()).isEqualTo("needs"));
			assertThatThrownBy(() -> childCase.assess(List.of(safety, safety), RiskLevel.LOW, null, by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageContaining("twice");
			assertThat(childCase.stage()).isEqualTo(Stage.REGISTRATION);
		}

		@Test
		void isDueByTheRiskLevelAndFollowsARiskChangeWhileItIsPending() {
			ChildCase childCase = CaseFixtures.registeredBy(workerPp(), CaseFixtures.boyInChildLabour());
			childCase.scheduleAssessment(childCase.registeredAt(), WorkflowFixtures.DEADLINES);
			WorkflowFixtures.stored(childCase);

			assertThat(childCase.assessmentDueAt()).isEqualTo(childCase.registeredAt().plus(Duration.ofDays(3)));

			childCase.changeRisk(RiskLevel.HIGH, "Works at night", WorkflowFixtures.DEADLINES, by(workerPp()));

			assertThat(childCase.assessmentDueAt()).isEqualTo(childCase.registeredAt().plus(Duration.ofHours(24)));
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type).containsExactly("CaseRiskChanged");
			assertThat(childCase.riskReason()).isEqualTo("Works at night");
		}

	}

	@Nested
	class Risk {

		@Test
		void aChangeNeedsAReasonAndANewLevel() {
			ChildCase childCase = WorkflowFixtures.registered();

			assertThatThrownBy(() -> childCase.changeRisk(RiskLevel.LOW, " ", WorkflowFixtures.DEADLINES, by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageStartingWith("reason");
			assertThatThrownBy(
					() -> childCase.changeRisk(RiskLevel.HIGH, "Same", WorkflowFixtures.DEADLINES, by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageContaining("already HIGH");
			assertThat(childCase.unsavedEvents()).isEmpty();
		}

		@Test
		void aClosedCaseKeepsItsRisk() {
			ChildCase closed = WorkflowFixtures.closed();

			assertThatThrownBy(() -> closed.changeRisk(RiskLevel.LOW, "Safe", WorkflowFixtures.DEADLINES, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("stage CLOSED");
		}

	}

	@Nested
	class CasePlans {

		@Test
		void aSavedPlanAwaitsApprovalWithADefaultReviewInThreeMonths() {
			ChildCase childCase = WorkflowFixtures.withPendingPlan();

			assertThat(childCase.stage()).isEqualTo(Stage.CASE_PLAN);
			assertThat(childCase.casePlan().reviewDate()).isEqualTo(TODAY.plusMonths(3));
			assertThat(childCase.casePlan().goals()).singleElement()
				.satisfies(goal -> assertThat(goal.actions()).singleElement()
					.satisfies(action -> assertThat(action.done()).isFalse()));
			assertThat(childCase.planApproval().status()).isEqualTo(Approval.Status.PENDING);
			assertThat(childCase.planApproval().requestedBy().username()).isEqualTo("worker.pp");
		}

		@Test
		void theReviewDateMustBeWithinThreeMonths() {
			ChildCase childCase = WorkflowFixtures.assessed();

			for (LocalDate review : List.of(TODAY.plusMonths(3).plusDays(1), TODAY)) {
				assertThatThrownBy(() -> childCase.proposePlan(WorkflowFixtures.goals(), review,
						WorkflowFixtures.MAX_REVIEW, by(workerPp())))
					.isInstanceOfSatisfying(InvalidCaseInput.class,
							ex -> assertThat(ex.violations().get(0).field()).isEqualTo("reviewDate"));
			}
			assertThat(childCase.casePlan()).isNull();
		}

		@Test
		void cannotBeWrittenBeforeTheAssessment() {
			ChildCase registered = WorkflowFixtures.registered();

			assertThatThrownBy(() -> registered.proposePlan(WorkflowFixtures.goals(), null, WorkflowFixtures.MAX_REVIEW,
					by(workerPp())))
				.isInstanceOf(WorkflowRefused.class);
		}

		@Test
		void cannotBeChangedWhileItAwaitsADecision() {
			ChildCase pending = WorkflowFixtures.withPendingPlan();

			assertThatThrownBy(() -> pending.proposePlan(WorkflowFixtures.goals(), null, WorkflowFixtures.MAX_REVIEW,
					by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("awaits a supervisor's decision");
		}

		@Test
		void anApprovedPlanStartsTheServicesStage() {
			ChildCase childCase = WorkflowFixtures.withPendingPlan();

			childCase.decide(childCase.planApproval().id(), Approval.Decision.APPROVE, null, by(supervisorPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.SERVICES);
			assertThat(childCase.planApproval().status()).isEqualTo(Approval.Status.APPROVED);
			assertThat(childCase.planApproval().decidedBy().username()).isEqualTo("supervisor.pp");
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::envelope)
				.singleElement()
				.asString()
				.contains("previousStage=CASE_PLAN", "stage=SERVICES");
		}

		@Test
		void aRejectedPlanStaysToBeRevisedAndARevisionKeepsItsActions() {
			ChildCase childCase = WorkflowFixtures.withPendingPlan();
			String actionId = childCase.casePlan().goals().get(0).actions().get(0).id();

			childCase.decide(childCase.planApproval().id(), Approval.Decision.REJECT, "Add school support",
					by(supervisorPp()));
			childCase.proposePlan(List.of(new org.childprotect.cases.CasePlan.GoalDraft(null, "Safe online",
					List.of(new org.childprotect.cases.CasePlan.ActionDraft(actionId, "Report the account", "worker.pp",
							TODAY.plusDays(3), true)))), null, WorkflowFixtures.MAX_REVIEW, by(workerPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.CASE_PLAN);
			assertThat(childCase.approvals()).extracting(Approval::status)
				.containsExactly(Approval.Status.REJECTED, Approval.Status.PENDING);
			assertThat(childCase.approvals().get(0).comment()).isEqualTo("Add school support");
			assertThat(childCase.casePlan().goals().get(0).actions().get(0).id()).isEqualTo(actionId);
			assertThat(childCase.casePlan().goals().get(0).actions().get(0).done()).isTrue();
		}

		@Test
		void progressOnActionsNeedsNoNewApproval() {
			ChildCase childCase = WorkflowFixtures.inServices();
			String actionId = childCase.casePlan().goals().get(0).actions().get(0).id();

			childCase.markPlanAction(actionId, true);

			assertThat(childCase.casePlan().goals().get(0).actions().get(0).done()).isTrue();
			assertThat(childCase.planApproval().status()).isEqualTo(Approval.Status.APPROVED);
			assertThatThrownBy(() -> childCase.markPlanAction("no-such-action", true))
				.isInstanceOf(CasePartNotFound.class);
		}

	}

	@Nested
	class Services {

		@Test
		void areRecordedOnceThePlanIsApprovedAndMoveForwardOnly() {
			ChildCase childCase = WorkflowFixtures.inServices();

			ServiceRecord planned = childCase.recordService("MEDICAL_CARE", "Siem Reap Referral Hospital",
					ServiceRecord.Status.PLANNED, TODAY.plusDays(2), null, by(workerPp()));
			childCase.updateService(planned.id(), ServiceRecord.Status.IN_PROGRESS, null, by(workerPp()));
			ServiceRecord delivered = childCase.updateService(planned.id(), ServiceRecord.Status.DELIVERED, null,
					by(workerPp()));

			assertThat(delivered.deliveredOn()).isEqualTo(TODAY);
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type)
				.containsExactly("CaseServiceRecorded", "CaseServiceRecorded", "CaseServiceRecorded");
			assertThatThrownBy(
					() -> childCase.updateService(planned.id(), ServiceRecord.Status.IN_PROGRESS, null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("DELIVERED");
			assertThatThrownBy(() -> childCase.updateService("unknown", ServiceRecord.Status.DELIVERED, null,
					by(workerPp())))
				.isInstanceOf(CasePartNotFound.class);
		}

		@Test
		void aDeliveryDateIsForDeliveredServicesAndNotInTheFuture() {
			ChildCase childCase = WorkflowFixtures.inServices();

			assertThatThrownBy(() -> childCase.recordService("MEDICAL_CARE", "Hospital", ServiceRecord.Status.PLANNED,
					null, TODAY, by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageStartingWith("deliveredOn");
			assertThatThrownBy(() -> childCase.recordService("MEDICAL_CARE", "Hospital", ServiceRecord.Status.DELIVERED,
					null, TODAY.plusDays(1), by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageContaining("future");
			assertThat(childCase.services()).isEmpty();
		}

		@Test
		void areRefusedBeforeThePlanIsApproved() {
			ChildCase pending = WorkflowFixtures.withPendingPlan();

			assertThatThrownBy(() -> pending.recordService("MEDICAL_CARE", "Hospital", ServiceRecord.Status.PLANNED,
					null, null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("stage CASE_PLAN");
		}

	}

	@Nested
	class FollowUps {

		@Test
		void theFirstMovesTheCaseIntoFollowUp() {
			ChildCase childCase = WorkflowFixtures.inServices();

			childCase.recordFollowUp(TODAY, FollowUp.Kind.CALL, "Spoke with the mother", TODAY.plusDays(7),
					by(workerPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.FOLLOW_UP);
			assertThat(childCase.followUps()).singleElement()
				.satisfies(followUp -> assertThat(followUp.by().username()).isEqualTo("worker.pp"));
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type).containsExactly("CaseStageAdvanced");

			childCase.recordFollowUp(TODAY, FollowUp.Kind.VISIT, "Home visit", null, by(workerPp()));
			assertThat(childCase.unsavedEvents()).as("no second stage change").hasSize(1);
		}

		@Test
		void refuseFutureDatesANextDateNotAfterTheContactAndEarlyStages() {
			ChildCase inServices = WorkflowFixtures.inServices();
			ChildCase assessed = WorkflowFixtures.assessed();

			assertThatThrownBy(() -> inServices.recordFollowUp(TODAY.plusDays(1), FollowUp.Kind.CALL, "Call", null,
					by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageStartingWith("date");
			assertThatThrownBy(
					() -> inServices.recordFollowUp(TODAY, FollowUp.Kind.CALL, "Call", TODAY, by(workerPp())))
				.isInstanceOf(InvalidCaseInput.class)
				.hasMessageStartingWith("nextDate");
			assertThatThrownBy(() -> assessed.recordFollowUp(TODAY, FollowUp.Kind.CALL, "Call", null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class);
			assertThat(inServices.stage()).isEqualTo(Stage.SERVICES);
		}

	}

	@Nested
	class Closures {

		@Test
		void aRequestWaitsForTheSupervisor() {
			ChildCase childCase = WorkflowFixtures.withClosureRequested();

			assertThat(childCase.stage()).isEqualTo(Stage.CLOSURE_REQUESTED);
			assertThat(childCase.closure().reason()).isEqualTo("CASE_PLAN_COMPLETED");
			assertThat(childCase.closure().stageBefore()).isEqualTo(Stage.FOLLOW_UP);
			assertThat(WorkflowFixtures.pending(childCase, Approval.Kind.CLOSURE).requestedBy().username())
				.isEqualTo("worker.pp");
		}

		@Test
		void anApprovedClosureClosesTheCase() {
			ChildCase childCase = WorkflowFixtures.withClosureRequested();

			childCase.decide(WorkflowFixtures.pending(childCase, Approval.Kind.CLOSURE).id(), Approval.Decision.APPROVE,
					null, by(supervisorPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.CLOSED);
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::type)
				.containsExactly("CaseClosed", "CaseStageAdvanced");
			assertThat(childCase.unsavedEvents().get(0).envelope()).contains("reason=CASE_PLAN_COMPLETED");
		}

		@Test
		void aRejectedClosureReturnsTheCaseToWhereItWas() {
			ChildCase childCase = WorkflowFixtures.withClosureRequested();

			childCase.decide(WorkflowFixtures.pending(childCase, Approval.Kind.CLOSURE).id(), Approval.Decision.REJECT,
					"Child not yet consulted", by(supervisorPp()));

			assertThat(childCase.stage()).isEqualTo(Stage.FOLLOW_UP);
			assertThat(childCase.closure()).isNull();
			assertThat(childCase.unsavedEvents()).extracting(OutboxEntry::envelope)
				.singleElement()
				.asString()
				.contains("previousStage=CLOSURE_REQUESTED", "stage=FOLLOW_UP");
		}

		@Test
		void isRefusedTwiceAndWhileAPlanAwaitsItsDecision() {
			ChildCase requested = WorkflowFixtures.withClosureRequested();
			ChildCase planPending = WorkflowFixtures.withPendingPlan();
			org.childprotect.cases.Closure.Checklist checklist = new org.childprotect.cases.Closure.Checklist(true,
					false, true, true);

			assertThatThrownBy(() -> requested.requestClosure("DUPLICATE_CASE", checklist, null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("stage CLOSURE_REQUESTED");
			assertThatThrownBy(() -> planPending.requestClosure("DUPLICATE_CASE", checklist, null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("case plan awaits");
		}

		@Test
		void anEarlyClosureIsPossibleFromRegistration() {
			ChildCase registered = WorkflowFixtures.registered();

			registered.requestClosure("DUPLICATE_CASE", new org.childprotect.cases.Closure.Checklist(true, false, false,
					false), "Registered twice", by(workerPp()));

			assertThat(registered.stage()).isEqualTo(Stage.CLOSURE_REQUESTED);
			assertThat(registered.closure().stageBefore()).isEqualTo(Stage.REGISTRATION);
		}

	}

	@Nested
	class ClosedCases {

		@Test
		void areReopenedBySupervisorsForANewAssessment() {
			ChildCase closed = WorkflowFixtures.closed();
			java.time.ZonedDateTime later = WorkflowFixtures.WORK_TIME.plusDays(30);

			closed.reopen("New report from school", WorkflowFixtures.DEADLINES, by(supervisorPp(), later));

			assertThat(closed.stage()).isEqualTo(Stage.ASSESSMENT);
			assertThat(closed.closure()).isNull();
			assertThat(closed.assessmentDueAt()).isEqualTo(later.toInstant().plus(Duration.ofHours(24)));
			assertThat(closed.reopenings()).singleElement()
				.satisfies(reopening -> assertThat(reopening.reason()).isEqualTo("New report from school"));
			assertThat(closed.unsavedEvents()).extracting(OutboxEntry::type)
				.containsExactly("CaseReopened", "CaseStageAdvanced");

			closed.assess(WorkflowFixtures.needs(), RiskLevel.HIGH, null, by(workerPp(), later));
			assertThat(closed.stage()).isEqualTo(Stage.CASE_PLAN);
		}

		@Test
		void refuseCaseworkButStillTakeAConsentWithdrawal() {
			ChildCase open = WorkflowFixtures.inFollowUp();
			Consent consent = open.recordConsent(Consent.Purpose.REFERRAL, Consent.Giver.CAREGIVER, TODAY,
					by(workerPp()));
			WorkflowFixtures.stored(open);
			open.requestClosure("CASE_PLAN_COMPLETED", new org.childprotect.cases.Closure.Checklist(true, true, true,
					true), null, by(workerPp()));
			open.decide(WorkflowFixtures.pending(open, Approval.Kind.CLOSURE).id(), Approval.Decision.APPROVE, null,
					by(supervisorPp()));
			ChildCase closed = WorkflowFixtures.stored(open);

			assertThatThrownBy(() -> closed.recordService("MEDICAL_CARE", "Hospital", ServiceRecord.Status.PLANNED, null,
					null, by(workerPp())))
				.isInstanceOf(WorkflowRefused.class);
			assertThatThrownBy(() -> closed.assign(Worker.of(WorkflowFixtures.workerPp2()), by(supervisorPp())))
				.isInstanceOf(WorkflowRefused.class);
			assertThatThrownBy(() -> closed.editRegistration(
					new RegistrationDetails.Change(null, "Cambodian", null, null, null, null, null)))
				.isInstanceOf(WorkflowRefused.class);
			assertThatThrownBy(() -> closed.reopen(" ", WorkflowFixtures.DEADLINES, by(supervisorPp())))
				.isInstanceOf(InvalidCaseInput.class);

			closed.withdrawConsent(consent.id(), TODAY, by(workerPp()));
			assertThat(closed.hasConsentFor(Consent.Purpose.REFERRAL)).isFalse();
		}

		@Test
		void onlyAClosedCaseIsReopened() {
			ChildCase open = WorkflowFixtures.inFollowUp();

			assertThatThrownBy(() -> open.reopen("Why not", WorkflowFixtures.DEADLINES, by(supervisorPp())))
				.isInstanceOf(WorkflowRefused.class)
				.hasMessageContaining("stage FOLLOW_UP")
				.hasMessageContaining("only in stage CLOSED");
		}

	}

}

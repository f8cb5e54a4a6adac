package org.childprotect.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.platform.security.Caller;

/**
 * Cases at each stage of the workflow, built through the aggregate's own commands, and the people acting on
 * them. "Stored" cases behave as if the repository had saved them: they have a version and no unsaved events.
 */
public final class WorkflowFixtures {

	/** Two hours after {@link CaseFixtures#REGISTRATION_TIME}, when the casework below happens. */
	public static final ZonedDateTime WORK_TIME = CaseFixtures.REGISTRATION_TIME.plusHours(2);

	public static final AssessmentDeadlines DEADLINES = new AssessmentDeadlines(Map.of(RiskLevel.HIGH,
			Duration.ofHours(24), RiskLevel.MEDIUM, Duration.ofDays(3), RiskLevel.LOW, Duration.ofDays(7)));

	public static final java.time.Period MAX_REVIEW = java.time.Period.ofMonths(3);

	private WorkflowFixtures() {
	}

	public static Caller workerPp() {
		return CaseFixtures.workerPp();
	}

	public static Caller supervisorPp() {
		return CaseFixtures.supervisorPp();
	}

	/** A second supervisor of Phnom Penh, to decide what the first one requested. */
	public static Caller deputySupervisorPp() {
		return new Caller("sub-deputy-pp", "deputy.pp", Set.of(Caller.SUPERVISOR), Set.of("KH-PP"), "AG-DOSVY-PP");
	}

	public static Caller workerPp2() {
		return new Caller("sub-worker-pp2", "worker.pp2", Set.of(Caller.SOCIAL_WORKER), Set.of("KH-PP"),
				"AG-DOSVY-PP");
	}

	public static ChangeContext by(Caller caller) {
		return by(caller, WORK_TIME);
	}

	public static ChangeContext by(Caller caller, ZonedDateTime at) {
		return new ChangeContext(Worker.of(caller), at, new CaseFixtures.RecordingEnvelopes());
	}

	/** With the given envelopes, e.g. the real JSON ones, to look at events as published. */
	public static ChangeContext by(Caller caller, EventEnvelopes envelopes) {
		return new ChangeContext(Worker.of(caller), WORK_TIME, envelopes);
	}

	/** The groomed girl's case, registered by worker.pp, high risk, assessment due within 24 hours. */
	public static ChildCase registered() {
		ChildCase registered = CaseFixtures.registeredBy(workerPp(), CaseFixtures.girlGroomedOnline());
		registered.scheduleAssessment(registered.registeredAt(), DEADLINES);
		return stored(registered);
	}

	public static ChildCase assessed() {
		ChildCase assessed = registered();
		assessed.assess(needs(), RiskLevel.HIGH, null, by(workerPp()));
		return stored(assessed);
	}

	/** Assessed, with a plan awaiting the supervisor's decision. */
	public static ChildCase withPendingPlan() {
		ChildCase planned = assessed();
		planned.proposePlan(goals(), null, MAX_REVIEW, by(workerPp()));
		return stored(planned);
	}

	/** The plan approved by supervisor.pp: services can be recorded. */
	public static ChildCase inServices() {
		ChildCase approved = withPendingPlan();
		approved.decide(approved.planApproval().id(), Approval.Decision.APPROVE, null, by(supervisorPp()));
		return stored(approved);
	}

	public static ChildCase inFollowUp() {
		ChildCase followed = inServices();
		followed.recordFollowUp(WORK_TIME.toLocalDate(), FollowUp.Kind.VISIT, "Child at home, safe",
				WORK_TIME.toLocalDate().plusDays(14), by(workerPp()));
		return stored(followed);
	}

	public static ChildCase withClosureRequested() {
		ChildCase requested = inFollowUp();
		requested.requestClosure("CASE_PLAN_COMPLETED", new Closure.Checklist(true, true, true, true), null,
				by(workerPp()));
		return stored(requested);
	}

	public static ChildCase closed() {
		ChildCase closed = withClosureRequested();
		closed.decide(pending(closed, Approval.Kind.CLOSURE).id(), Approval.Decision.APPROVE, "Well done",
				by(supervisorPp()));
		return stored(closed);
	}

	public static Approval pending(ChildCase childCase, Approval.Kind kind) {
		return childCase.approvals()
			.stream()
			.filter(approval -> approval.kind() == kind && approval.isPending())
			.findFirst()
			.orElseThrow();
	}

	public static List<Assessment.Need> needs() {
		return List.of(new Assessment.Need("SAFETY", Assessment.Level.HIGH, "Contact with the offender online"),
				new Assessment.Need("PSYCHOSOCIAL", Assessment.Level.MEDIUM, null));
	}

	public static List<CasePlan.GoalDraft> goals() {
		return List.of(new CasePlan.GoalDraft(null, "The child is safe online",
				List.of(new CasePlan.ActionDraft(null, "Report the account to the platform", "worker.pp",
						LocalDate.of(2026, 3, 20), null))));
	}

	/** As the repository does after a successful save. */
	public static ChildCase stored(ChildCase childCase) {
		Long version = childCase.version();
		childCase.saved(version == null ? 0 : version + Math.max(1, childCase.unsavedEvents().size()));
		return childCase;
	}

}

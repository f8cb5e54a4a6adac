package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What will be done for the child: goals, each with actions, who is responsible and by when, and when the plan
 * is reviewed. Every saved version needs a supervisor's approval, tracked by {@code approvalId}.
 */
public record CasePlan(List<Goal> goals, LocalDate reviewDate, Instant savedAt, Worker savedBy, String approvalId) {

	public static final int MAX_GOALS = 20;

	public static final int MAX_ACTIONS = 20;

	public static final int MAX_TEXT = 500;

	public CasePlan {
		goals = List.copyOf(goals);
		Objects.requireNonNull(reviewDate, "reviewDate");
		Objects.requireNonNull(savedAt, "savedAt");
		Objects.requireNonNull(savedBy, "savedBy");
		Objects.requireNonNull(approvalId, "approvalId");
	}

	/** The plan with one action marked done or not done; unknown action ids are refused. */
	CasePlan withActionDone(String actionId, boolean done) {
		boolean found = false;
		List<Goal> updated = new java.util.ArrayList<>();
		for (Goal goal : goals) {
			List<Action> actions = new java.util.ArrayList<>();
			for (Action action : goal.actions()) {
				if (action.id().equals(actionId)) {
					found = true;
					actions.add(new Action(action.id(), action.description(), action.responsible(), action.dueDate(),
							done));
				}
				else {
					actions.add(action);
				}
			}
			updated.add(new Goal(goal.id(), goal.description(), actions));
		}
		if (!found) {
			throw new CasePartNotFound("plan action");
		}
		return new CasePlan(updated, reviewDate, savedAt, savedBy, approvalId);
	}

	@Nullable
	Action action(String actionId) {
		return goals.stream()
			.flatMap(goal -> goal.actions().stream())
			.filter(action -> action.id().equals(actionId))
			.findFirst()
			.orElse(null);
	}

	public record Goal(String id, String description, List<Action> actions) {

		public Goal {
			Objects.requireNonNull(id, "id");
			description = FreeText.required("goals.description", description, MAX_TEXT);
			actions = List.copyOf(actions);
			if (actions.size() > MAX_ACTIONS) {
				throw InvalidCaseInput.of("goals.actions", "at most " + MAX_ACTIONS + " actions per goal");
			}
		}

	}

	/** @param responsible a person or an agency, as the worker names them */
	public record Action(String id, String description, String responsible, LocalDate dueDate, boolean done) {

		public Action {
			Objects.requireNonNull(id, "id");
			description = FreeText.required("goals.actions.description", description, MAX_TEXT);
			responsible = FreeText.required("goals.actions.responsible", responsible, 100);
			if (dueDate == null) {
				throw InvalidCaseInput.of("goals.actions.dueDate", "is required");
			}
		}

	}

	/** A goal as the worker submits it; {@code id} names a goal of the current plan to keep its identity. */
	public record GoalDraft(@Nullable String id, String description, List<ActionDraft> actions) {

		public GoalDraft {
			actions = actions == null ? List.of() : List.copyOf(actions);
		}

	}

	/** An action as submitted; {@code done} left out keeps the current state (or false for a new action). */
	public record ActionDraft(@Nullable String id, String description, String responsible, LocalDate dueDate,
			@Nullable Boolean done) {
	}

}

package org.childprotect.cases.web;

import java.time.Instant;
import java.util.List;

import org.childprotect.cases.CaseTask;
import org.childprotect.cases.CaseTasks;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "My tasks" for workers and supervisors, and the district's tasks for supervisors, soonest due first. */
@RestController
@PreAuthorize("hasAnyRole('social-worker', 'supervisor')")
class TaskController {

	private final CaseTasks tasks;

	TaskController(CaseTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping("/api/tasks")
	TaskListResponse tasks(@RequestParam(defaultValue = "mine") String scope, Caller caller) {
		CaseTasks.Scope parsed = switch (scope) {
			case "mine" -> CaseTasks.Scope.MINE;
			case "district" -> CaseTasks.Scope.DISTRICT;
			default -> throw InvalidCaseInput.of("scope", "must be mine or district");
		};
		CaseTasks.TaskList list = tasks.tasks(caller, parsed);
		return new TaskListResponse(list.tasks().stream().map(TaskView::of).toList(), list.overdueCount(),
				list.total());
	}

	record TaskListResponse(List<TaskView> tasks, long overdueCount, long total) {
	}

	/** @param approvalId set for {@code APPROVAL_WAITING}, to decide from the task list */
	record TaskView(String caseId, String caseNumber, CaseTask.Kind kind, Instant dueAt, boolean overdue,
			@Nullable String approvalId) {

		static TaskView of(CaseTask task) {
			return new TaskView(task.caseId(), task.caseNumber(), task.kind(), task.dueAt(), task.overdue(),
					task.approvalId());
		}

	}

}

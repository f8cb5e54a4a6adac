package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * "My tasks" and a supervisor's view of the district: what is due on open cases, derived from their dates at
 * the moment of asking.
 */
@Service
public class CaseTasks {

	private final MongoTemplate mongo;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final WorkflowProperties properties;

	CaseTasks(MongoTemplate mongo, AuditTrail auditTrail, Clock clock, WorkflowProperties properties) {
		this.mongo = mongo;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * {@code MINE}: tasks of the cases the caller works (assigned, or registered and not assigned to anyone),
	 * and for a supervisor the requests of their districts that they may decide. {@code DISTRICT} (supervisors
	 * only): every task in their districts.
	 */
	public TaskList tasks(Caller caller, Scope scope) {
		boolean supervisor = caller.hasRole(Caller.SUPERVISOR);
		if (scope == Scope.DISTRICT && !supervisor) {
			throw new ActionNotPermitted("Only supervisors see the tasks of a whole district.");
		}
		List<Criteria> any = new ArrayList<>();
		if (scope == Scope.DISTRICT) {
			any.add(where("district").in(caller.districts()));
		}
		else {
			any.add(where("assignedWorker.userId").is(caller.userId()));
			any.add(where("owner.userId").is(caller.userId()).and("assignedWorker").is(null));
			if (supervisor) {
				any.add(where("district").in(caller.districts()).and("approvals.status").is(Approval.Status.PENDING));
			}
		}
		Query open = new Query(new Criteria().orOperator(any).and("stage").ne(Stage.CLOSED));
		// The notes and the outbox are the bulk of a case and play no part in what is due.
		open.fields().exclude("notes").exclude("outbox");
		ZonedDateTime now = ZonedDateTime.now(clock);
		List<CaseTask> tasks = new ArrayList<>();
		List<String> caseIds = new ArrayList<>();
		CaseScope visible = CaseScope.of(caller);
		for (ChildCase childCase : mongo.find(open, ChildCase.class)) {
			if (!visible.covers(childCase)) {
				// A case transferred to another agency keeps its district and people, but is no longer ours.
				continue;
			}
			List<CaseTask> due = childCase.openTasks(now, properties.approvalDueWithin())
				.stream()
				.filter(task -> scope == Scope.DISTRICT || isMine(task, childCase, caller))
				.toList();
			if (!due.isEmpty()) {
				caseIds.add(childCase.id().toString());
				tasks.addAll(due);
			}
		}
		tasks.sort(Comparator.comparing(CaseTask::dueAt).thenComparing(CaseTask::caseNumber));
		auditTrail.record(caller, AuditAction.TASKS_LISTED, caseIds, List.of("tasks"));
		return new TaskList(tasks, tasks.stream().filter(CaseTask::overdue).count(), tasks.size());
	}

	private static boolean isMine(CaseTask task, ChildCase childCase, Caller caller) {
		if (task.kind() == CaseTask.Kind.APPROVAL_WAITING) {
			return caller.hasRole(Caller.SUPERVISOR) && caller.coversDistrict(childCase.district())
					&& task.requestedBy() != null && !task.requestedBy().userId().equals(caller.userId());
		}
		Worker worksIt = childCase.assignedWorker() != null ? childCase.assignedWorker() : childCase.owner();
		return worksIt.userId().equals(caller.userId());
	}

	public enum Scope {

		MINE, DISTRICT

	}

	public record TaskList(List<CaseTask> tasks, long overdueCount, long total) {
	}

}

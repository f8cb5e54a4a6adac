package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Something due on a case, derived from its dates. Tasks due on a day (plan review, next follow-up) are due at
 * the start of that day and overdue only once the day is over.
 *
 * @param approvalId for {@link Kind#APPROVAL_WAITING}: the approval awaiting a decision
 * @param requestedBy for {@link Kind#APPROVAL_WAITING}: who asked for it, who therefore cannot decide it
 */
public record CaseTask(String caseId, String caseNumber, Kind kind, Instant dueAt, boolean overdue,
		@Nullable String approvalId, @Nullable Worker requestedBy) {

	static CaseTask at(ChildCase childCase, Kind kind, Instant dueAt, ZonedDateTime now,
			@Nullable Approval approval) {
		return new CaseTask(childCase.id().toString(), childCase.caseNumber().value(), kind, dueAt,
				now.toInstant().isAfter(dueAt), approval == null ? null : approval.id(),
				approval == null ? null : approval.requestedBy());
	}

	static CaseTask on(ChildCase childCase, Kind kind, LocalDate day, ZonedDateTime now) {
		return new CaseTask(childCase.id().toString(), childCase.caseNumber().value(), kind,
				day.atStartOfDay(now.getZone()).toInstant(), day.isBefore(now.toLocalDate()), null, null);
	}

	public enum Kind {

		ASSESSMENT_DUE, PLAN_REVIEW_DUE, FOLLOW_UP_DUE, APPROVAL_WAITING

	}

}

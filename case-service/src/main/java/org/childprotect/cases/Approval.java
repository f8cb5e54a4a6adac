package org.childprotect.cases;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A supervisor's approval of a case plan or a closure. Decided approvals stay on the case as its approval
 * history.
 */
public record Approval(String id, Kind kind, Status status, Worker requestedBy, Instant requestedAt,
		@Nullable Worker decidedBy, @Nullable Instant decidedAt, @Nullable String comment) {

	public static final int MAX_COMMENT = 1000;

	public Approval {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(requestedBy, "requestedBy");
		Objects.requireNonNull(requestedAt, "requestedAt");
	}

	static Approval requested(String id, Kind kind, ChangeContext change) {
		return new Approval(id, kind, Status.PENDING, change.by(), change.instant(), null, null, null);
	}

	Approval decided(Decision decision, @Nullable String decisionComment, ChangeContext change) {
		return new Approval(id, kind, decision == Decision.APPROVE ? Status.APPROVED : Status.REJECTED, requestedBy,
				requestedAt, change.by(), change.instant(), decisionComment);
	}

	public boolean isPending() {
		return status == Status.PENDING;
	}

	public enum Kind {

		CASE_PLAN, CLOSURE

	}

	public enum Status {

		PENDING, APPROVED, REJECTED

	}

	public enum Decision {

		APPROVE, REJECT

	}

}

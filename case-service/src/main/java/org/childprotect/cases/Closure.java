package org.childprotect.cases;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A request to close the case: coded reason, the checklist the worker went through, and the stage to return to
 * if the supervisor rejects it.
 */
public record Closure(String reason, Checklist checklist, @Nullable String comment, Stage stageBefore,
		Instant requestedAt, Worker requestedBy, String approvalId) {

	public Closure {
		reason = FreeText.required("reason", reason, 64);
		if (checklist == null) {
			throw InvalidCaseInput.of("checklist", "is required");
		}
		comment = FreeText.optional("comment", comment, 1000);
		Objects.requireNonNull(stageBefore, "stageBefore");
		Objects.requireNonNull(requestedAt, "requestedAt");
		Objects.requireNonNull(requestedBy, "requestedBy");
		Objects.requireNonNull(approvalId, "approvalId");
	}

	/** What the worker confirms before asking to close; the supervisor weighs it, the service records it. */
	public record Checklist(boolean safe, boolean servicesDelivered, boolean childConsulted,
			boolean caregiverInformed) {
	}

}

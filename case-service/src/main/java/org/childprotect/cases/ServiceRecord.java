package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A service the child receives: what (service type code from the reference data), from whom, and how far it
 * got. {@code referralId} and {@code referralStatus} are filled when the service goes through a referral.
 */
public record ServiceRecord(String id, String serviceType, String provider, Status status,
		@Nullable LocalDate plannedOn, @Nullable LocalDate deliveredOn, @Nullable String referralId,
		@Nullable String referralStatus, Instant recordedAt, Worker recordedBy) {

	public ServiceRecord {
		Objects.requireNonNull(id, "id");
		serviceType = FreeText.required("serviceType", serviceType, 64);
		provider = FreeText.required("provider", provider, 200);
		if (status == null) {
			throw InvalidCaseInput.of("status", "is required");
		}
		Objects.requireNonNull(recordedAt, "recordedAt");
		Objects.requireNonNull(recordedBy, "recordedBy");
	}

	ServiceRecord movedTo(Status next, @Nullable LocalDate delivered, ChangeContext change) {
		return new ServiceRecord(id, serviceType, provider, next, plannedOn, delivered, referralId, referralStatus,
				change.instant(), change.by());
	}

	/** Planned, under way, or finished one way or the other; a finished service stays finished. */
	public enum Status {

		PLANNED, IN_PROGRESS, DELIVERED, NOT_DELIVERED;

		public boolean isFinal() {
			return this == DELIVERED || this == NOT_DELIVERED;
		}

		/** Forward only: a service cannot go back to planned, and a finished one is not reopened. */
		public boolean mayBecome(Status next) {
			return !isFinal() && next != this && next.ordinal() > ordinal();
		}

	}

}

package org.childprotect.cases;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the case knows of one referral or transfer made from it, as last announced by the referral service on
 * {@code referral.v1}: codes, agency codes and instants only (the referral service keeps reasons and comments).
 * {@code version} is the referral's own version, so that only a newer announcement replaces this one.
 *
 * @param newOwnerAgency for an accepted transfer, the agency that took the case over
 */
public record CaseReferral(String referralId, Kind kind, @Nullable String serviceType, String fromAgency,
		String toAgency, @Nullable String urgency, Status status, boolean overdue, @Nullable String consentBasis,
		@Nullable Instant requestedAt, @Nullable Instant respondBy, @Nullable Instant acceptedAt,
		@Nullable Instant completeBy, @Nullable Instant closedAt, @Nullable String declineReason,
		@Nullable String outcome, @Nullable String newOwnerAgency, long version) {

	public CaseReferral {
		Objects.requireNonNull(referralId, "referralId");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(fromAgency, "fromAgency");
		Objects.requireNonNull(toAgency, "toAgency");
		Objects.requireNonNull(status, "status");
		if (version < 0) {
			throw new IllegalArgumentException("a referral's version starts at 0");
		}
	}

	/** Whether this is a transfer the receiving agency accepted, i.e. one that moves the case to it. */
	public boolean movesOwnership() {
		return kind == Kind.TRANSFER && status == Status.ACCEPTED && acceptedAt != null;
	}

	/** The agency that owns the case once this transfer is accepted. */
	public String receivingOwner() {
		return newOwnerAgency != null ? newOwnerAgency : toAgency;
	}

	/** What recording an announcement did to the case. */
	public enum Effect {

		/** A repeat, or older than what the case holds: nothing changed. */
		UNCHANGED,

		/** The referral's new state is recorded. */
		RECORDED,

		/** Recorded, and the case now belongs to another agency with no worker assigned. */
		OWNERSHIP_MOVED

	}

	public enum Kind {

		REFERRAL, TRANSFER

	}

	/** The referral service's states; overdue is a flag beside them, not a state. */
	public enum Status {

		REQUESTED, ACCEPTED, DECLINED, COMPLETED, REVOKED, EXPIRED

	}

}

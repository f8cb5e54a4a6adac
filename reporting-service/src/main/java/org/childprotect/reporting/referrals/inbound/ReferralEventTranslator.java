package org.childprotect.reporting.referrals.inbound;

import java.util.Set;

import org.childprotect.reporting.referrals.ReferralChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code referral.v1} JSON into this service's own types and refuses what is incomplete. */
@Component
class ReferralEventTranslator {

	/** The referral life cycle; transfers move a case between agencies and are not referrals for a service. */
	static final Set<String> REPORTED_TYPES = Set.of("ReferralRequested", "ReferralAccepted", "ReferralDeclined",
			"ReferralCompleted", "ReferralRevoked", "ReferralExpired", "ReferralOverdue");

	private static final String REFERRAL = "REFERRAL";

	private final JsonMapper json;

	ReferralEventTranslator(JsonMapper json) {
		this.json = json;
	}

	ReferralEvent read(@Nullable String value) {
		if (value == null) {
			throw new UnreadableReferralEvent("a referral event without a value");
		}
		ReferralEvent event;
		try {
			event = json.readValue(value, ReferralEvent.class);
		}
		catch (JacksonException notAnEvent) {
			// The parser's message may quote the payload; only its kind is kept.
			throw new UnreadableReferralEvent("a referral event that cannot be read (" + notAnEvent.getClass().getSimpleName() + ")");
		}
		if (event == null || event.type() == null || event.type().isBlank()) {
			throw new UnreadableReferralEvent("a referral event without a type");
		}
		return event;
	}

	/** Whether this service reports on the event: a referral (not a transfer) event of a known type. */
	boolean reportsOn(ReferralEvent event) {
		return REPORTED_TYPES.contains(event.type())
				&& (event.data() == null || event.data().kind() == null || REFERRAL.equals(event.data().kind()));
	}

	ReferralChange change(ReferralEvent event) {
		ReferralEvent.Data data = event.data();
		if (data == null) {
			throw new UnreadableReferralEvent(event.type() + " without data");
		}
		if (event.aggregateId() == null || event.aggregateVersion() == null) {
			throw new UnreadableReferralEvent(event.type() + " without aggregateId or aggregateVersion");
		}
		try {
			return new ReferralChange(event.aggregateId(), event.aggregateVersion(), data.district(),
					data.serviceType(), data.toAgencyType(), data.urgency(), data.status(), data.requestedAt(),
					data.acceptedAt(), data.closedAt(), Boolean.TRUE.equals(data.overdue()), data.outcome());
		}
		catch (NullPointerException | IllegalArgumentException invalid) {
			throw new UnreadableReferralEvent(event.type() + " is invalid: " + invalid.getMessage());
		}
	}

}

package org.childprotect.cases;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A consent was recorded or withdrawn. {@code activePurposes} lists every purpose with a consent in force after
 * the change, so a consumer (e.g. referrals) need not replay the history.
 */
public record CaseConsentChanged(String caseId, String district, String consentId, Consent.Purpose purpose,
		Consent.Giver givenBy, LocalDate givenOn, @Nullable LocalDate withdrawnOn,
		List<Consent.Purpose> activePurposes) implements CaseEvent {

	public static final String TYPE = "CaseConsentChanged";

	public CaseConsentChanged {
		activePurposes = List.copyOf(activePurposes);
	}

	@Override
	public String eventType() {
		return TYPE;
	}

}

package org.childprotect.reporting.cases;

import java.time.Duration;
import java.util.Collections;

import org.springframework.stereotype.Component;

/** Whether a fact may be counted at all, and whether its assessment met the deadline. */
@Component
public class CountingRules {

	public static final String HIGH = "HIGH";

	private static final long SECONDS_PER_DAY = Duration.ofDays(1).toSeconds();

	private final CountingProperties properties;

	public CountingRules(CountingProperties properties) {
		this.properties = properties;
	}

	/**
	 * A case whose consent for statistics is required and not (or no longer) given is left out of every count.
	 * Required for every case, or for the cases with any of the configured concerns.
	 */
	public boolean mayCount(CaseFact fact) {
		CaseFact.Registration registration = fact.registration();
		if (registration == null) {
			return false;
		}
		boolean required = properties.statisticsConsentRequiredForAllCases() || !Collections
			.disjoint(registration.concerns(), properties.statisticsConsentRequiredForConcerns());
		return !required || fact.hasActiveStatisticsConsent();
	}

	/**
	 * Whether the assessment was completed within the deadline of the risk level at registration. The producer's
	 * verdict wins when it gives one. Otherwise only days are known (the read model keeps no times), so the
	 * deadline is rounded up to whole days: a 24-hour deadline is met by an assessment on the day of registration
	 * or the day after. A case not yet assessed has not met it.
	 */
	public boolean assessedInTime(CaseFact fact) {
		CaseFact.Registration registration = fact.registration();
		CaseFact.Assessment assessment = fact.assessment();
		if (registration == null || assessment == null) {
			return false;
		}
		if (assessment.withinDeadline() != null) {
			return assessment.withinDeadline();
		}
		Duration deadline = properties.assessmentDeadlines().getOrDefault(registration.risk(), Duration.ZERO);
		long days = Math.floorDiv(deadline.toSeconds() + SECONDS_PER_DAY - 1, SECONDS_PER_DAY);
		return !assessment.assessedOn().isAfter(registration.registeredOn().plusDays(days));
	}

}

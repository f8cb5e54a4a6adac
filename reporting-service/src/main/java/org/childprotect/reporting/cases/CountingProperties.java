package org.childprotect.reporting.cases;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which cases may be counted and how deadlines are judged.
 *
 * @param statisticsConsentRequiredForConcerns concern codes whose cases are counted only with an active consent
 * for statistics
 * @param statisticsConsentRequiredForAllCases count no case without an active consent for statistics
 * @param assessmentDeadlines risk level to the time allowed from registration to assessment
 */
@ConfigurationProperties("reporting.counting")
public record CountingProperties(Set<String> statisticsConsentRequiredForConcerns,
		boolean statisticsConsentRequiredForAllCases, Map<String, Duration> assessmentDeadlines) {

	static final Map<String, Duration> DEFAULT_DEADLINES = Map.of("HIGH", Duration.ofHours(24), "MEDIUM",
			Duration.ofDays(3), "LOW", Duration.ofDays(7));

	public CountingProperties(@Nullable Set<String> statisticsConsentRequiredForConcerns,
			boolean statisticsConsentRequiredForAllCases, @Nullable Map<String, Duration> assessmentDeadlines) {
		this.statisticsConsentRequiredForConcerns = statisticsConsentRequiredForConcerns == null ? Set.of()
				: Set.copyOf(statisticsConsentRequiredForConcerns);
		this.statisticsConsentRequiredForAllCases = statisticsConsentRequiredForAllCases;
		this.assessmentDeadlines = (assessmentDeadlines == null || assessmentDeadlines.isEmpty()) ? DEFAULT_DEADLINES
				: Map.copyOf(assessmentDeadlines);
	}

}

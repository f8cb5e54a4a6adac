package org.childprotect.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How soon a case must be assessed, by risk level. The values are reference data (an administrator may change
 * them); this type only insists that every level has one.
 */
public record AssessmentDeadlines(Map<RiskLevel, Duration> byRiskLevel) {

	public AssessmentDeadlines {
		for (RiskLevel level : RiskLevel.values()) {
			if (!byRiskLevel.containsKey(level)) {
				throw new IllegalStateException("The reference data has no assessment deadline for risk level "
						+ level + "; add one under assessmentDeadlines");
			}
		}
		byRiskLevel = Map.copyOf(byRiskLevel);
	}

	/** Reads codes as the reference data stores them; codes that are not risk levels are ignored. */
	public static AssessmentDeadlines of(Map<String, Duration> byCode) {
		Map<RiskLevel, Duration> levels = new EnumMap<>(RiskLevel.class);
		for (RiskLevel level : RiskLevel.values()) {
			Duration deadline = byCode.get(level.name());
			if (deadline != null) {
				levels.put(level, deadline);
			}
		}
		return new AssessmentDeadlines(levels);
	}

	public Instant dueFrom(Instant start, RiskLevel level) {
		return start.plus(byRiskLevel.get(level));
	}

}

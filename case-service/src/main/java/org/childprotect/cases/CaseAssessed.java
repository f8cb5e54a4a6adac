package org.childprotect.cases;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An assessment was completed: the level of need per domain and the risk level, with when it was due so that
 * timeliness can be reported. Notes and the risk reason stay in the case.
 */
public record CaseAssessed(String caseId, String district, RiskLevel riskLevel, List<AssessedNeed> needs,
		Instant assessedAt, @Nullable Instant dueAt) implements CaseEvent {

	public static final String TYPE = "CaseAssessed";

	public CaseAssessed {
		needs = List.copyOf(needs);
	}

	@Override
	public String eventType() {
		return TYPE;
	}

	public record AssessedNeed(String domain, Assessment.Level level) {
	}

}

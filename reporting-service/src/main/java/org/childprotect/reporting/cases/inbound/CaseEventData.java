package org.childprotect.reporting.cases.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * This service's own reading of the {@code data} of each {@code case.v1} event type it reports on. Every record
 * ignores unknown properties and has no component for anything that could identify a child or carries free text
 * (names, birth dates, reasons, comments, notes, worker names): should a producer ever send one, it is dropped
 * here, at the edge. Where the workflow contract leaves a name open, the likely alternatives are all read.
 */
final class CaseEventData {

	private CaseEventData() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Registered(@Nullable String district, @Nullable String sex, @Nullable Integer ageYears,
			@Nullable String agePrecision, @Nullable List<String> concerns, @Nullable String riskLevel,
			@Nullable String stage, @Nullable String source, @Nullable LocalDate registeredOn) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record RiskChanged(@Nullable String riskLevel, @Nullable String newRiskLevel) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Assessed(@Nullable String riskLevel, @Nullable Instant assessedAt, @Nullable LocalDate assessedOn,
			@Nullable Instant completedAt, @Nullable Instant dueAt, @Nullable Instant assessmentDueAt,
			@Nullable Boolean withinDeadline) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record StageAdvanced(@Nullable String stage, @Nullable String toStage, @Nullable String to) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ServiceRecorded(@Nullable String serviceId, @Nullable String id, @Nullable String serviceType,
			@Nullable String status, @Nullable LocalDate deliveredOn) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConsentChanged(@Nullable String consentId, @Nullable String id, @Nullable String purpose,
			@Nullable LocalDate withdrawnOn, @Nullable List<String> activePurposes, @Nullable List<Consent> consents) {
	}

	/** One entry when the event lists the case's consents as they now are. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Consent(@Nullable String id, @Nullable String consentId, @Nullable String purpose,
			@Nullable LocalDate withdrawnOn) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Closed(@Nullable String reason, @Nullable String closureReason, @Nullable LocalDate closedOn,
			@Nullable Instant closedAt) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Reopened(@Nullable String stage, @Nullable LocalDate reopenedOn, @Nullable Instant reopenedAt) {
	}

}

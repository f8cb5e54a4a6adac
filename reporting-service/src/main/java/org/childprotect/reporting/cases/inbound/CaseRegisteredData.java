package org.childprotect.reporting.cases.inbound;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of {@code CaseRegistered.data} this service reads. It deliberately has no component for anything that
 * could identify a child: should a producer ever send one, it is dropped here, at the edge.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseRegisteredData(@Nullable String district, @Nullable String sex, @Nullable Integer ageYears,
		@Nullable String agePrecision, @Nullable List<String> concerns, @Nullable String riskLevel,
		@Nullable String stage, @Nullable String source, @Nullable LocalDate registeredOn) {
}

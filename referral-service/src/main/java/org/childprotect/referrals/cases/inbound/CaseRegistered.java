package org.childprotect.referrals.cases.inbound;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The part of case-service's {@code CaseRegistered} data this service keeps. Everything else the event
 * carries (sex, age, concerns, source, dates) is deliberately not read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CaseRegistered(
    @Nullable String caseId,
    @Nullable String district,
    @Nullable String ownerAgency,
    @Nullable String riskLevel,
    @Nullable String stage) {}

package org.childprotect.reporting.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What turns the values of an event into the coarse values of a fact. */
@Component
public class FactRules {

	private final AgeBands ageBands;

	private final Regions regions;

	private final CasePseudonyms pseudonyms;

	private final ZoneId zone;

	public FactRules(AgeBands ageBands, Regions regions, CasePseudonyms pseudonyms, CaseFactsProperties properties) {
		this.ageBands = ageBands;
		this.regions = regions;
		this.pseudonyms = pseudonyms;
		this.zone = properties.timeZone();
	}

	String ageBandOf(@Nullable Integer ageYears, @Nullable String agePrecision) {
		return ageBands.bandOf(ageYears, agePrecision);
	}

	String regionOf(String district) {
		return regions.regionOf(district);
	}

	/** A stable token for the id of a part of a case (a consent, a service), so the id itself is not stored. */
	String tokenOf(String id) {
		return pseudonyms.tokenOf(id);
	}

	/** The day an instant falls on where the service reports; events give instants, facts keep days only. */
	public LocalDate dayOf(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

}

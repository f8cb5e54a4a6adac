package org.childprotect.reporting.cases;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * How case events become de-identified facts.
 *
 * @param pseudonymSecret the HMAC secret for {@link CaseKey}s; changing it orphans every stored fact, so a change
 * means rebuilding the read model by replaying the topic
 * @param ageBands the bands ages are reported in; ages outside every band count as unknown
 * @param regions region code to the district codes it holds (the hierarchy tables are totalled by); a district
 * not listed belongs to region {@value Regions#UNKNOWN}
 * @param timeZone the zone in which event instants become days
 */
@Validated
@ConfigurationProperties("reporting")
public record CaseFactsProperties(@NotBlank String pseudonymSecret, List<AgeBand> ageBands,
		Map<String, List<String>> regions, ZoneId timeZone) {

	static final List<AgeBand> CHILD_AGE_BANDS = List.of(new AgeBand("0-4", 0, 4), new AgeBand("5-9", 5, 9),
			new AgeBand("10-14", 10, 14), new AgeBand("15-17", 15, 17));

	public CaseFactsProperties(@NotBlank String pseudonymSecret, @Nullable List<AgeBand> ageBands,
			@Nullable Map<String, List<String>> regions, @Nullable ZoneId timeZone) {
		this.pseudonymSecret = pseudonymSecret;
		this.ageBands = (ageBands == null || ageBands.isEmpty()) ? CHILD_AGE_BANDS : List.copyOf(ageBands);
		this.regions = regions == null ? Map.of() : Map.copyOf(regions);
		this.timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
	}

}

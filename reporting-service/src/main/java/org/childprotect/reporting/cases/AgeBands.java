package org.childprotect.reporting.cases;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Coarsens an age to a band: the read model keeps the band only, because an exact age next to a district and a
 * registration day can single a child out.
 */
@Component
public class AgeBands {

	public static final String UNKNOWN = "unknown";

	/** Set by the producer when no age could be given at all; any age that travels with it is meaningless. */
	private static final String UNKNOWN_PRECISION = "UNKNOWN";

	private final List<AgeBand> bands;

	@Autowired
	public AgeBands(CaseFactsProperties properties) {
		this(properties.ageBands());
	}

	AgeBands(List<AgeBand> bands) {
		for (int i = 0; i < bands.size(); i++) {
			for (int j = i + 1; j < bands.size(); j++) {
				if (bands.get(i).overlaps(bands.get(j))) {
					throw new IllegalArgumentException(
							"age bands " + bands.get(i).label() + " and " + bands.get(j).label() + " overlap");
				}
			}
			if (bands.get(i).label().equals(UNKNOWN)) {
				throw new IllegalArgumentException("the label '" + UNKNOWN + "' is reserved");
			}
		}
		this.bands = List.copyOf(bands);
	}

	/** The band label, or {@value #UNKNOWN} when there is no age, no usable precision, or no band covers it. */
	public String bandOf(@Nullable Integer ageYears, @Nullable String agePrecision) {
		if (ageYears == null || UNKNOWN_PRECISION.equals(agePrecision)) {
			return UNKNOWN;
		}
		return bands.stream()
			.filter(band -> band.contains(ageYears))
			.map(AgeBand::label)
			.findFirst()
			.orElse(UNKNOWN);
	}

	public List<String> labels() {
		return bands.stream().map(AgeBand::label).toList();
	}

}

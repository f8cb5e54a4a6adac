package org.childprotect.reporting.dhis2;

import java.time.Instant;
import java.util.List;

/**
 * The data values of an export, in a fixed order, and what was left out: suppressed figures, and figures whose
 * district or value has no DHIS2 mapping.
 *
 * @param periods the DHIS2 codes of the periods exported
 */
public record Dhis2Payload(List<String> periods, List<DataValue> dataValues, int suppressedOmitted,
		int unmappedOmitted, String policy, String contentHash, Instant exportedAt) {

	public Dhis2Payload {
		periods = List.copyOf(periods);
		dataValues = List.copyOf(dataValues);
	}

}

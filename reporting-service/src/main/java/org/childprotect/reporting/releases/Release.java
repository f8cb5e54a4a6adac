package org.childprotect.reporting.releases;

import java.util.Objects;

/**
 * A table that left the service.
 *
 * @param who the user name, or the client id of a machine client
 * @param kind what was released (table, indicators, cases-by-district, dhis2)
 * @param format the format it was released in (json, csv, dhis2-json, adx)
 * @param query the canonical text of the request
 * @param policy the disclosure policy it was protected with
 * @param contentHash SHA-256 of the published figures
 * @param suppressedCells how many figures were suppressed
 */
public record Release(String who, String kind, String format, String query, String policy, String contentHash,
		int suppressedCells) {

	public Release {
		Objects.requireNonNull(who, "who");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(contentHash, "contentHash");
	}

}

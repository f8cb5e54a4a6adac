package org.childprotect.cases.imports;

import java.util.Set;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * The person who started an import, as their token described them at upload. A job runs after the request has
 * ended, so it acts with this snapshot: a role or district taken away meanwhile does not widen what it may do.
 */
public record Importer(String userId, String username, Set<String> roles, Set<String> districts,
		@Nullable String agency) {

	public Importer {
		roles = Set.copyOf(roles);
		districts = Set.copyOf(districts);
	}

	static Importer of(Caller caller) {
		return new Importer(caller.userId(), caller.username(), caller.roles(), caller.districts(), caller.agency());
	}

	Caller asCaller() {
		return new Caller(userId, username, roles, districts, agency);
	}

	/**
	 * Districts this importer may import into; empty means all. District importers are held to their token's
	 * districts, national administrators (who have none) may import anywhere.
	 */
	Set<String> importDistricts() {
		return roles.contains(Caller.DISTRICT_IMPORTER) && !roles.contains(Caller.ADMIN) ? districts : Set.of();
	}

}

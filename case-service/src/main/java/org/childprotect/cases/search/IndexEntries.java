package org.childprotect.cases.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.Worker;
import org.childprotect.cases.search.keys.SearchKeys;
import org.jspecify.annotations.Nullable;

/**
 * Where a case is filed in the {@link SearchIndex}: each of its terms under every scope that may read it. A scope
 * is a district (supervisors read their districts) or one social worker's own cases, {@code w:} and their user
 * id (the owner and the assigned worker). Filing a case under its workers as well as its district costs a few
 * more small writes, and spares a worker's search the district-wide entries of every district a case of theirs
 * could be in: a worker with a hundred cases reads a hundred cases' entries, not a country's.
 */
public final class IndexEntries {

	private static final String WORKER_SCOPE = "w:";

	private IndexEntries() {
	}

	/** The scope of the cases a social worker owns or is assigned to. */
	public static String workerScope(String userId) {
		return WORKER_SCOPE + userId;
	}

	/** The entry ids a case is filed under, as it is now. */
	public static Set<String> of(ChildCase childCase) {
		return of(childCase, true);
	}

	/**
	 * The entry ids of a case, leaving out its owner's scope when {@code ownerScope} is false: for cases whose
	 * owner cannot search by it (a district importer is no social worker), where filing a whole file's cases
	 * under the importer would only double the writes of an import.
	 */
	public static Set<String> of(ChildCase childCase, boolean ownerScope) {
		Worker assigned = childCase.assignedWorker();
		return of(childCase.district(), ownerScope ? childCase.owner().userId() : null,
				assigned == null ? null : assigned.userId(), childCase.searchKeys());
	}

	/** The entry ids of a case with these keys in this district, owned and worked by these users. */
	public static Set<String> of(String district, @Nullable String ownerId, @Nullable String assignedId,
			SearchKeys keys) {
		Set<String> scopes = new LinkedHashSet<>();
		scopes.add(district);
		if (ownerId != null) {
			scopes.add(workerScope(ownerId));
		}
		if (assignedId != null) {
			scopes.add(workerScope(assignedId));
		}
		Set<String> terms = keys.terms();
		Set<String> entries = new LinkedHashSet<>(scopes.size() * terms.size() * 2);
		for (String scope : scopes) {
			for (String term : terms) {
				entries.add(SearchIndex.entryId(scope, term));
			}
		}
		return entries;
	}

}

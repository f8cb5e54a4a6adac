package org.childprotect.cases.search;

import java.util.HashSet;
import java.util.Set;

import org.childprotect.cases.CaseScope;

/** Which scopes of the {@link SearchIndex} can hold a caller's cases ({@link IndexEntries}). */
final class IndexScopes {

	private IndexScopes() {
	}

	/**
	 * A supervisor's own districts, narrowed to {@code districts} when it is not empty; for a social worker their
	 * own cases' scope, wherever those cases are (a district filter applies to the cases found).
	 */
	static Set<String> of(CaseScope scope, Set<String> districts) {
		Set<String> scopes = new HashSet<>(scope.districts());
		if (!districts.isEmpty()) {
			scopes.retainAll(districts);
		}
		if (scope.workerId() != null) {
			scopes.add(IndexEntries.workerScope(scope.workerId()));
		}
		return scopes;
	}

}

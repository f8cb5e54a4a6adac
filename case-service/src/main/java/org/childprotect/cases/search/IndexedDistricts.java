package org.childprotect.cases.search;

import java.util.HashSet;
import java.util.Set;

import org.childprotect.cases.CaseScope;
import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.platform.security.Caller;
import org.springframework.stereotype.Component;

/** Which districts' index entries can hold a caller's cases. */
@Component
class IndexedDistricts {

	private final ReferenceData referenceData;

	IndexedDistricts(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	/**
	 * A supervisor's own districts; for a social worker every district, since a case can be assigned to them
	 * outside the districts their token names. Narrowed to {@code filter} when it is not empty.
	 */
	Set<String> of(CaseScope scope, Caller caller, Set<String> filter) {
		Set<String> districts = new HashSet<>(scope.districts());
		if (scope.workerId() != null) {
			districts.addAll(caller.districts());
			referenceData.catalogue().districts().stream().map(District::code).forEach(districts::add);
		}
		if (!filter.isEmpty()) {
			districts.retainAll(filter);
		}
		return districts;
	}

}

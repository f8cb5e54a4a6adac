package org.childprotect.cases;

import java.util.Set;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Which cases a caller may see: a social worker the cases they registered or work, a supervisor every case of
 * their districts. Anyone else sees none. Applied to every single read and every list query.
 *
 * @param workerId the social worker whose own and assigned cases are visible, if the caller is one
 * @param districts districts whose cases are all visible (supervisors)
 */
public record CaseScope(@Nullable String workerId, Set<String> districts) {

	public CaseScope {
		districts = Set.copyOf(districts);
	}

	public static CaseScope of(Caller caller) {
		return new CaseScope(caller.hasRole(Caller.SOCIAL_WORKER) ? caller.userId() : null,
				caller.hasRole(Caller.SUPERVISOR) ? caller.districts() : Set.of());
	}

	public boolean covers(ChildCase childCase) {
		return (workerId != null && childCase.isOwnedOrWorkedBy(workerId))
				|| districts.contains(childCase.district());
	}

	public boolean isEmpty() {
		return workerId == null && districts.isEmpty();
	}

	/** Social workers and supervisors register cases, and only in districts their token names. */
	public static boolean mayRegister(Caller caller, String district) {
		return caller.hasAnyRole(Caller.SOCIAL_WORKER, Caller.SUPERVISOR) && caller.coversDistrict(district);
	}

}

package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which cases a caller may see: a social worker the cases they registered or work, a supervisor every case of
 * their districts, in both cases only while the case belongs to the caller's agency (a transfer accepted by
 * another agency ends the old agency's access). Anyone else sees none. Applied to every single read and every list
 * query.
 *
 * @param workerId the social worker whose own and assigned cases are visible, if the caller is one
 * @param districts districts whose cases are all visible (supervisors)
 * @param agency the caller's agency; a case owned by another agency is out of scope. Cases that name no owning
 * agency (registered with a token without one) stay visible by the other rules, as before agencies counted.
 */
public record CaseScope(@Nullable String workerId, Set<String> districts, @Nullable String agency) {

	public CaseScope {
		districts = Set.copyOf(districts);
	}

	public static CaseScope of(Caller caller) {
		return new CaseScope(caller.hasRole(Caller.SOCIAL_WORKER) ? caller.userId() : null,
				caller.hasRole(Caller.SUPERVISOR) ? caller.districts() : Set.of(), caller.agency());
	}

	public boolean covers(ChildCase childCase) {
		return ofAgency(childCase) && ((workerId != null && childCase.isOwnedOrWorkedBy(workerId))
				|| districts.contains(childCase.district()));
	}

	private boolean ofAgency(ChildCase childCase) {
		return childCase.ownerAgency() == null || childCase.ownerAgency().equals(agency);
	}

	public boolean isEmpty() {
		return workerId == null && districts.isEmpty();
	}

	/** The same rule as {@link #covers(ChildCase)}, as a query on stored cases. */
	public Criteria criteria() {
		List<Criteria> any = new ArrayList<>();
		if (workerId != null) {
			any.add(where("owner.userId").is(workerId));
			any.add(where("assignedWorker.userId").is(workerId));
		}
		if (!districts.isEmpty()) {
			any.add(where("district").in(districts));
		}
		Criteria ofAgency = agency == null ? where("ownerAgency").is(null)
				: new Criteria().orOperator(where("ownerAgency").is(agency), where("ownerAgency").is(null));
		return new Criteria().andOperator(new Criteria().orOperator(any), ofAgency);
	}

	/** Social workers and supervisors register cases, and only in districts their token names. */
	public static boolean mayRegister(Caller caller, String district) {
		return caller.hasAnyRole(Caller.SOCIAL_WORKER, Caller.SUPERVISOR) && caller.coversDistrict(district);
	}

}

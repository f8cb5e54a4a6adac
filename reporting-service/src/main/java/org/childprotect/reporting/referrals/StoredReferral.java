package org.childprotect.reporting.referrals;

import java.util.List;

import org.childprotect.reporting.cubes.PlacementRef;

/** A referral fact as stored, with the cube moves it was in the middle of when it was written (see the cases). */
record StoredReferral(ReferralFact fact, List<PlacementRef> pending) {

	StoredReferral {
		pending = List.copyOf(pending);
	}

}

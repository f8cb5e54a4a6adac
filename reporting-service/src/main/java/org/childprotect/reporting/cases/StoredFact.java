package org.childprotect.reporting.cases;

import java.util.List;

import org.childprotect.reporting.cubes.PlacementRef;

/**
 * A fact as stored, with the cube placements it was in the middle of moving when it was written. They are cleared
 * once the cells are updated; a fact read back with pending moves was interrupted, and its moves are finished
 * before anything else happens to it.
 */
public record StoredFact(CaseFact fact, List<PlacementRef> pending) {

	public StoredFact {
		pending = List.copyOf(pending);
	}

}

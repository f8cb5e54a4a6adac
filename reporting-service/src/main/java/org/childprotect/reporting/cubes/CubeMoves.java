package org.childprotect.reporting.cubes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cell moves that take a fact from the cells it was counted in to the cells it belongs in now, together with
 * the moves a write left unfinished (they are done again: every move is idempotent).
 *
 * @param moves every move, as the fact stores them until the cells are updated
 * @param additions the moves that put a member into a cell
 * @param removals the moves that take a member out of a cell
 */
public record CubeMoves(Set<PlacementRef> moves, List<Placement> additions, List<PlacementRef> removals) {

	public static CubeMoves between(Collection<Placement> before, Collection<Placement> after,
			Collection<PlacementRef> unfinished) {
		Map<PlacementRef, Placement> wanted = new LinkedHashMap<>();
		after.forEach(placement -> wanted.putIfAbsent(placement.ref(), placement));
		Set<PlacementRef> held = new LinkedHashSet<>();
		before.forEach(placement -> held.add(placement.ref()));
		Set<PlacementRef> moves = new LinkedHashSet<>(unfinished);
		held.stream().filter(ref -> !wanted.containsKey(ref)).forEach(moves::add);
		wanted.keySet().stream().filter(ref -> !held.contains(ref)).forEach(moves::add);
		List<Placement> additions = new ArrayList<>();
		List<PlacementRef> removals = new ArrayList<>();
		for (PlacementRef move : moves) {
			Placement addition = wanted.get(move);
			if (addition != null) {
				additions.add(addition);
			}
			else {
				removals.add(move);
			}
		}
		return new CubeMoves(Collections.unmodifiableSet(moves), List.copyOf(additions), List.copyOf(removals));
	}

	public boolean isEmpty() {
		return moves.isEmpty();
	}

}

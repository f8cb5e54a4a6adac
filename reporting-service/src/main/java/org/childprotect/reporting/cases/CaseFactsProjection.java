package org.childprotect.reporting.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cubes.CubeCells;
import org.childprotect.reporting.cubes.CubeMoves;
import org.childprotect.reporting.cubes.Placement;
import org.childprotect.reporting.cubes.PlacementRef;
import org.childprotect.reporting.generations.Generation;
import org.springframework.stereotype.Service;

/**
 * Projects case changes onto facts and cube cells, exactly and without transactions.
 * <p>
 * For each case: read the fact, apply the changes (version-guarded, see {@link CaseFact}), and work out which cube
 * cells it has to leave and join. The new fact is written together with that list of moves, in one
 * single-document write; then the cells are updated (set operations, idempotent); then the list is cleared. If
 * anything fails in between, the event is delivered again, the fact already holds it, and the moves still listed
 * are finished first. So every cell ends up with exactly the facts that belong in it.
 * <p>
 * Works on a batch of changes at once (a replay), with one write per collection for the whole batch.
 */
@Service
public class CaseFactsProjection {

	private final CaseFacts facts;

	private final CubeCells cells;

	private final CasePseudonyms pseudonyms;

	private final FactRules rules;

	private final CasePlacements placements;

	CaseFactsProjection(CaseFacts facts, CubeCells cells, CasePseudonyms pseudonyms, FactRules rules,
			CasePlacements placements) {
		this.facts = facts;
		this.cells = cells;
		this.pseudonyms = pseudonyms;
		this.rules = rules;
		this.placements = placements;
	}

	public ApplyOutcome apply(Generation generation, CaseChange change) {
		return applyAll(generation, List.of(change), FactCache.none()).get(0);
	}

	/** Applies the changes in order; the outcome of each says whether it changed anything. */
	public List<ApplyOutcome> applyAll(Generation generation, List<? extends CaseChange> changes, FactCache cache) {
		ApplyOutcome[] outcomes = new ApplyOutcome[changes.size()];
		Map<CaseKey, List<Integer>> changesByCase = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			// The case id goes no further than this line: from here on the case is its keyed hash.
			changesByCase.computeIfAbsent(pseudonyms.keyOf(changes.get(i).caseId()), key -> new ArrayList<>()).add(i);
		}
		List<StoredFact> writes = new ArrayList<>();
		List<Placement> additions = new ArrayList<>();
		List<PlacementRef> removals = new ArrayList<>();
		List<CaseKey> moved = new ArrayList<>();
		List<CaseFact> applied = new ArrayList<>();
		changesByCase.forEach((key, indices) -> {
			StoredFact stored = read(generation, key, cache);
			CaseFact before = stored.fact();
			CaseFact after = before;
			for (int index : indices) {
				CaseFact next = changes.get(index).applyTo(after, rules);
				outcomes[index] = next.equals(after) ? ApplyOutcome.DUPLICATE : ApplyOutcome.APPLIED;
				after = next;
			}
			if (after.equals(before) && stored.pending().isEmpty()) {
				return;
			}
			CubeMoves moves = CubeMoves.between(placements.of(before), placements.of(after), stored.pending());
			if (!after.equals(before) || !moves.moves().equals(Set.copyOf(stored.pending()))) {
				writes.add(new StoredFact(after, cache.resumable() ? List.copyOf(moves.moves()) : List.of()));
			}
			additions.addAll(moves.additions());
			removals.addAll(moves.removals());
			if (!moves.isEmpty() && cache.resumable()) {
				moved.add(key);
			}
			applied.add(after);
		});
		try {
			facts.saveAll(generation, writes);
			cells.apply(generation, additions, removals);
			facts.clearPending(generation, moved);
		}
		catch (RuntimeException ex) {
			// What was cached may not have been written; the next attempt must read the database.
			cache.clear();
			throw ex;
		}
		applied.forEach(cache::put);
		return Arrays.asList(outcomes);
	}

	private StoredFact read(Generation generation, CaseKey key, FactCache cache) {
		CaseFact cached = cache.get(key);
		if (cached != null) {
			return new StoredFact(cached, List.of());
		}
		if (!cache.mayExist(key)) {
			return new StoredFact(CaseFact.empty(key), List.of());
		}
		return facts.find(generation, key).orElseGet(() -> new StoredFact(CaseFact.empty(key), List.of()));
	}

}

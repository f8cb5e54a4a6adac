package org.childprotect.reporting.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.childprotect.reporting.cases.ApplyOutcome;
import org.childprotect.reporting.cases.CasePseudonyms;
import org.childprotect.reporting.cases.FactRules;
import org.childprotect.reporting.cases.Regions;
import org.childprotect.reporting.cubes.CubeCells;
import org.childprotect.reporting.cubes.CubeMoves;
import org.childprotect.reporting.cubes.Placement;
import org.childprotect.reporting.cubes.PlacementRef;
import org.childprotect.reporting.generations.Generation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Projects referral changes onto referral facts and the referral cubes, exactly and without transactions, the way
 * case facts are projected: the new fact is written together with the cube moves it causes (one single-document
 * write), the moves are applied (set operations, idempotent), then cleared; an interrupted projection is finished
 * when the event comes again. A change applies only if its version is newer than the fact's, so redeliveries and
 * late events change nothing.
 */
@Service
public class ReferralFactsProjection {

	private final ReferralFacts facts;

	private final CubeCells cells;

	private final CasePseudonyms pseudonyms;

	private final FactRules rules;

	private final Regions regions;

	ReferralFactsProjection(ReferralFacts facts, CubeCells cells, CasePseudonyms pseudonyms, FactRules rules,
			Regions regions) {
		this.facts = facts;
		this.cells = cells;
		this.pseudonyms = pseudonyms;
		this.rules = rules;
		this.regions = regions;
	}

	public ApplyOutcome apply(Generation generation, ReferralChange change) {
		return applyAll(generation, List.of(change)).get(0);
	}

	/** Applies the changes in order (a replay batch at once); the outcome of each says whether it changed anything. */
	public List<ApplyOutcome> applyAll(Generation generation, List<ReferralChange> changes) {
		ApplyOutcome[] outcomes = new ApplyOutcome[changes.size()];
		Map<String, List<Integer>> byReferral = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			// The referral id goes no further than this line.
			byReferral.computeIfAbsent(pseudonyms.referralKeyOf(changes.get(i).referralId()), key -> new ArrayList<>())
				.add(i);
		}
		List<StoredReferral> writes = new ArrayList<>();
		List<Placement> additions = new ArrayList<>();
		List<PlacementRef> removals = new ArrayList<>();
		List<String> moved = new ArrayList<>();
		byReferral.forEach((key, indices) -> {
			StoredReferral stored = facts.find(generation, key).orElse(null);
			@Nullable ReferralFact before = stored == null ? null : stored.fact();
			List<PlacementRef> pending = stored == null ? List.of() : stored.pending();
			@Nullable ReferralFact after = before;
			for (int index : indices) {
				ReferralChange change = changes.get(index);
				boolean newer = after == null || change.version() > after.version();
				outcomes[index] = newer ? ApplyOutcome.APPLIED : ApplyOutcome.DUPLICATE;
				if (newer) {
					after = factOf(key, change);
				}
			}
			if (after == null || (after.equals(before) && pending.isEmpty())) {
				return;
			}
			CubeMoves moves = CubeMoves.between(before == null ? Set.of() : ReferralPlacements.of(before),
					ReferralPlacements.of(after), pending);
			writes.add(new StoredReferral(after, List.copyOf(moves.moves())));
			additions.addAll(moves.additions());
			removals.addAll(moves.removals());
			if (!moves.isEmpty()) {
				moved.add(key);
			}
		});
		facts.saveAll(generation, writes);
		cells.apply(generation, additions, removals);
		facts.clearPending(generation, moved);
		return Arrays.asList(outcomes);
	}

	private ReferralFact factOf(String key, ReferralChange change) {
		return new ReferralFact(key, change.version(), change.district(), regions.regionOf(change.district()),
				change.serviceType(), change.agencyType(), change.urgency(), change.status(),
				rules.dayOf(change.requestedAt()), day(change.respondedAt()), day(change.completedAt()),
				change.outcome(), change.overdue());
	}

	private @Nullable LocalDate day(@Nullable Instant instant) {
		return instant == null ? null : rules.dayOf(instant);
	}

}

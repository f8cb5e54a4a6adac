package org.childprotect.cases.search;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.childprotect.cases.CaseScope;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.search.keys.NameTokens;
import org.childprotect.cases.search.keys.SearchKeys;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Search before create": existing cases that may be of the child about to be registered (or imported), so that a
 * person can decide. Nothing is merged or blocked here.
 * <p>
 * A case is a likely match when enough of the typed name's tokens match its child's names, exactly or by sound,
 * in any order: all of one or two tokens, all but one of three or four ("Nguyen Van An" finds "An Nguyen"). It is
 * scored out of 100: name similarity up to 60 (Dice coefficient over name tokens, a sound-alike counting 3/4 of
 * an exact token), birth year up to 25 (25 the same year, 17 one year off, 10 two years off), the same district
 * 15. Caregivers' names play no part: siblings share them.
 */
@Service
public class LikelyMatches {

	public static final int MAX_MATCHES = 10;

	/** Of the cases sharing enough name tokens, at most this many are loaded and scored. */
	private static final int MAX_CANDIDATES = 200;

	private static final Comparator<LikelyMatch> BEST_FIRST = Comparator.comparingInt(LikelyMatch::score)
		.reversed()
		.thenComparing(m -> m.childCase().registeredAt(), Comparator.reverseOrder())
		.thenComparing(m -> m.childCase().id().toString());

	/** What a match shows of a case, named in the audit trail. */
	private static final List<String> SHOWN = List.of("identity", "location");

	private final SearchIndex index;

	private final CaseSearch search;

	private final IndexedDistricts districts;

	private final AuditTrail auditTrail;

	private final ZoneId zone;

	LikelyMatches(SearchIndex index, CaseSearch search, IndexedDistricts districts, AuditTrail auditTrail,
			Clock clock) {
		this.index = index;
		this.search = search;
		this.districts = districts;
		this.auditTrail = auditTrail;
		this.zone = clock.getZone();
	}

	/**
	 * Likely matches among the caller's cases (their scope, as for every read), best first. What is shown is
	 * audited.
	 */
	public List<LikelyMatch> forCaller(Caller caller, MatchQuery query) {
		CaseScope scope = CaseScope.of(caller);
		if (scope.isEmpty()) {
			return List.of();
		}
		List<LikelyMatch> matches = find(List.of(query), districts.of(scope, caller, Set.of()), scope::covers).get(0);
		if (!matches.isEmpty()) {
			auditTrail.record(caller, AuditAction.CASES_LISTED,
					matches.stream().map(m -> m.childCase().id().toString()).toList(), SHOWN);
		}
		return matches;
	}

	/**
	 * For each query, in order, the likely matches among all cases of the given districts, best first: for
	 * flagging duplicates in bulk imports, one index read and one batch of case loads for the whole list. Neither
	 * scoped to a person nor audited: the caller decides who may see the matches and audits what it shows.
	 */
	public List<List<LikelyMatch>> inDistricts(Set<String> inDistricts, List<MatchQuery> queries) {
		return find(queries, inDistricts, c -> inDistricts.contains(c.district()));
	}

	private List<List<LikelyMatch>> find(List<MatchQuery> queries, Set<String> readDistricts,
			Predicate<ChildCase> visible) {
		List<List<String>> tokens = queries.stream()
			.map(q -> List.copyOf(new LinkedHashSet<>(NameTokens.of(q.fullName()))))
			.toList();
		Set<String> terms = new HashSet<>();
		tokens.forEach(t -> t.forEach(token -> terms.add(SearchKeys.nameTerm(token))));
		Map<String, Set<String>> entries = readDistricts.isEmpty() || terms.isEmpty() ? Map.of()
				: index.entries(readDistricts, terms);
		List<Set<String>> candidates = tokens.stream().map(t -> candidates(t, entries, readDistricts)).toList();
		Set<String> toLoad = new HashSet<>();
		candidates.forEach(toLoad::addAll);
		Map<String, ChildCase> loaded = new HashMap<>();
		if (!toLoad.isEmpty()) {
			search.load(toLoad).stream().filter(visible).forEach(c -> loaded.put(c.id().toString(), c));
		}
		List<List<LikelyMatch>> matches = new ArrayList<>(queries.size());
		for (int i = 0; i < queries.size(); i++) {
			List<String> queryTokens = tokens.get(i);
			MatchQuery query = queries.get(i);
			matches.add(candidates.get(i)
				.stream()
				.map(loaded::get)
				.filter(Objects::nonNull)
				.map(c -> score(c, queryTokens, query))
				.filter(Objects::nonNull)
				.sorted(BEST_FIRST)
				.limit(MAX_MATCHES)
				.toList());
		}
		return matches;
	}

	/** Ids of the cases sharing enough of the name's terms, those sharing most first, at most a few hundred. */
	private static Set<String> candidates(List<String> tokens, Map<String, Set<String>> entries,
			Set<String> readDistricts) {
		Set<String> terms = new LinkedHashSet<>(tokens.stream().map(SearchKeys::nameTerm).toList());
		if (terms.isEmpty()) {
			return Set.of();
		}
		int required = required(terms.size());
		Map<String, Integer> termsShared = new HashMap<>();
		for (String term : terms) {
			Set<String> withTerm = new HashSet<>();
			for (String district : readDistricts) {
				withTerm.addAll(entries.getOrDefault(SearchIndex.entryId(district, term), Set.of()));
			}
			withTerm.forEach(id -> termsShared.merge(id, 1, Integer::sum));
		}
		return new LinkedHashSet<>(termsShared.entrySet()
			.stream()
			.filter(e -> e.getValue() >= required)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_CANDIDATES)
			.map(Map.Entry::getKey)
			.toList());
	}

	/** How many of a name's distinct tokens must match: all of one or two, then all but one in three. */
	static int required(int tokens) {
		return tokens - tokens / 3;
	}

	private @Nullable LikelyMatch score(ChildCase c, List<String> tokens, MatchQuery query) {
		SearchKeys keys = c.searchKeys();
		double matched = 0;
		int matchedTokens = 0;
		for (String token : tokens) {
			switch (keys.matchesName(token)) {
				case EXACT -> {
					matched += 1;
					matchedTokens++;
				}
				case PHONETIC -> {
					matched += 0.75;
					matchedTokens++;
				}
				case NONE -> {
				}
			}
		}
		if (matchedTokens < required(tokens.size())) {
			return null;
		}
		double dice = Math.min(1, 2 * matched / (tokens.size() + Math.max(1, keys.names().size())));
		int birthYear = birthYear(c);
		int score = (int) Math.round(60 * dice) + yearScore(query.birthYear(), birthYear)
				+ (c.district().equals(query.district()) ? 15 : 0);
		return new LikelyMatch(c, birthYear, score);
	}

	private int birthYear(ChildCase c) {
		ChildIdentity child = c.child();
		if (child.dateOfBirth() != null) {
			return child.dateOfBirth().getYear();
		}
		int estimatedAge = child.estimatedAgeYears() == null ? 0 : child.estimatedAgeYears();
		return c.registeredAt().atZone(zone).getYear() - estimatedAge;
	}

	private static int yearScore(@Nullable Integer wanted, int birthYear) {
		if (wanted == null) {
			return 0;
		}
		return switch (Math.abs(wanted - birthYear)) {
			case 0 -> 25;
			case 1 -> 17;
			case 2 -> 10;
			default -> 0;
		};
	}

}

package org.childprotect.cases.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.childprotect.cases.CaseScope;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.ChildIdentity;
import org.childprotect.cases.InLists;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.search.keys.NameTokens;
import org.childprotect.cases.search.keys.SearchKeys;
import org.childprotect.platform.security.Caller;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.ConversionService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
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

	/** What a match shows of a case, named in the audit trail. */
	private static final List<String> SHOWN = List.of("identity", "location");

	/** What scoring reads of a stored case, when nothing else of it is shown. */
	private static final List<String> SCORED_FIELDS = List.of("caseNumber", "district", "registeredAt",
			"searchKeys.names", "searchKeys.phonetic", "child.dateOfBirth", "child.estimatedAgeYears");

	private final SearchIndex index;

	private final CaseSearch search;

	private final MongoTemplate mongo;

	private final AuditTrail auditTrail;

	private final ZoneId zone;

	LikelyMatches(SearchIndex index, CaseSearch search, MongoTemplate mongo, AuditTrail auditTrail, Clock clock) {
		this.index = index;
		this.search = search;
		this.mongo = mongo;
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
		List<LikelyMatch> matches = find(List.of(query), IndexScopes.of(scope, Set.of()), ids -> {
			Map<String, Candidate<ChildCase>> visible = new HashMap<>();
			search.load(ids)
				.stream()
				.filter(scope::covers)
				.forEach(c -> visible.put(c.id().toString(), new Candidate<>(c, c.id().toString(), c.registeredAt(),
						c.district(), c.searchKeys(), birthYear(c.child(), c.registeredAt()))));
			return visible;
		})
			.get(0)
			.stream()
			.map(m -> new LikelyMatch(m.candidate().source(), m.candidate().birthYear(), m.score()))
			.toList();
		if (!matches.isEmpty()) {
			auditTrail.record(caller, AuditAction.CASES_LISTED,
					matches.stream().map(m -> m.childCase().id().toString()).toList(), SHOWN);
		}
		return matches;
	}

	/**
	 * For each query, in order, the likely matches among all cases of the given districts, best first: for
	 * flagging duplicates in bulk imports, one index read and one read of the candidates' names and birth data
	 * for the whole list (not whole cases: a batch of a large import has thousands of candidates). Neither scoped
	 * to a person nor audited: the caller decides who may see the matches and audits what it shows. Candidates
	 * the memory holds are not read again; those read are remembered, for the job's next batches.
	 */
	public List<List<DistrictMatch>> inDistricts(Set<String> inDistricts, List<MatchQuery> queries,
			CandidateMemory memory) {
		return find(queries, inDistricts, ids -> recalledOrRead(ids, inDistricts, memory)).stream()
			.map(found -> found.stream().map(LikelyMatches::districtMatch).toList())
			.toList();
	}

	/** An empty memory for one import job's duplicate checks. */
	public CandidateMemory memory() {
		return new CandidateMemory(this::candidateOf);
	}

	/**
	 * For each query, in order, the likely matches among the rows compared before it, best first; each query is
	 * then added to the rows, with its row number. The rows of an import compared with each other, in memory, by
	 * the same rules as with stored cases and through the same index entries. A query needs its district and its
	 * birth year.
	 */
	public List<List<EarlierMatch>> amongEarlier(List<MatchQuery> queries, List<Integer> rowNumbers,
			EarlierRows rows) {
		List<List<EarlierMatch>> matches = new ArrayList<>(queries.size());
		for (int i = 0; i < queries.size(); i++) {
			MatchQuery query = queries.get(i);
			String district = Objects.requireNonNull(query.district(), "district");
			int birthYear = Objects.requireNonNull(query.birthYear(), "birthYear");
			Probe probe = Probe.of(query);
			matches.add(best(candidates(probe, rows.entries, Set.of(district)), rows.candidates, probe).stream()
				.map(m -> new EarlierMatch(m.candidate().source(), m.candidate().birthYear(), m.score()))
				.toList());
			int position = rows.size();
			// As the case would be keyed: an imported registration has no other names and no caregivers.
			SearchKeys keys = SearchKeys.of("", Objects.requireNonNullElse(query.givenName(), ""),
					Objects.requireNonNullElse(query.familyName(), ""), List.of(), List.of());
			// Later rows first among equals, as newer cases are among stored ones.
			rows.add(rowNumbers.get(i), new Candidate<>(position, "#" + position, Instant.ofEpochSecond(position),
					district, keys, birthYear), IndexEntries.of(district, null, null, keys));
		}
		return matches;
	}

	/** What scoring reads of a case at hand; the case number stands for the case. */
	private Candidate<String> candidateOf(ChildCase c) {
		return new Candidate<>(c.caseNumber().value(), c.id().toString(), c.registeredAt(), c.district(),
				c.searchKeys(), birthYear(c.child(), c.registeredAt()));
	}

	private Map<String, Candidate<String>> recalledOrRead(Set<String> ids, Set<String> inDistricts,
			CandidateMemory memory) {
		Map<String, Candidate<String>> found = new HashMap<>();
		Set<String> toRead = new HashSet<>();
		for (String id : ids) {
			Candidate<String> recalled = memory.recall(id);
			if (recalled == null) {
				toRead.add(id);
			}
			else if (inDistricts.contains(recalled.district())) {
				found.put(id, recalled);
			}
		}
		Map<String, Candidate<String>> read = toRead.isEmpty() ? Map.of() : scoredFields(toRead, inDistricts);
		memory.rememberAll(read);
		found.putAll(read);
		return found;
	}

	/**
	 * What scoring needs of the given cases, keyed by id; the case number stands for the case. Only those fields
	 * are read, and by hand: a large import loads thousands of candidates a batch, and mapping whole child records
	 * was a fifth of its time.
	 */
	private Map<String, Candidate<String>> scoredFields(Set<String> ids, Set<String> inDistricts) {
		Map<String, Candidate<String>> found = new HashMap<>();
		ConversionService conversions = mongo.getConverter().getConversionService();
		for (List<String> some : InLists.slices(ids)) {
			Query batch = query(where("_id").in(some));
			SCORED_FIELDS.forEach(batch.fields()::include);
			for (Document stored : mongo.find(batch, Document.class, ChildCase.COLLECTION)) {
				String district = stored.getString("district");
				if (!inDistricts.contains(district) || !(stored.get("searchKeys") instanceof Document keys)
						|| !(stored.get("child") instanceof Document child)) {
					continue;
				}
				Instant registeredAt = stored.getDate("registeredAt").toInstant();
				String id = stored.getString("_id");
				SearchKeys names = new SearchKeys(keys.getList("names", String.class, List.of()),
						keys.getList("phonetic", String.class, List.of()), List.of(), List.of(), "");
				Object born = child.get("dateOfBirth");
				LocalDate dateOfBirth = born == null ? null : conversions.convert(born, LocalDate.class);
				Number estimatedAge = child.get("estimatedAgeYears", Number.class);
				found.put(id, new Candidate<>(stored.getString("caseNumber"), id, registeredAt, district, names,
						birthYear(dateOfBirth, estimatedAge == null ? null : estimatedAge.intValue(), registeredAt)));
			}
		}
		return found;
	}

	/** A case that may match, with what scoring reads of it; {@code source} is what the caller gets back. */
	record Candidate<T>(T source, String id, Instant registeredAt, String district, SearchKeys keys,
			int birthYear) {
	}

	private record Scored<T>(Candidate<T> candidate, int score) {
	}

	private static <T> Comparator<Scored<T>> bestFirst() {
		return Comparator.<Scored<T>>comparingInt(Scored::score)
			.reversed()
			.thenComparing(m -> m.candidate().registeredAt(), Comparator.reverseOrder())
			.thenComparing(m -> m.candidate().id());
	}

	private <T> List<List<Scored<T>>> find(List<MatchQuery> queries, Set<String> scopes,
			Function<Set<String>, Map<String, Candidate<T>>> loader) {
		List<Probe> probes = queries.stream().map(Probe::of).toList();
		Set<String> terms = new HashSet<>();
		probes.forEach(probe -> terms.addAll(probe.lookups()));
		Map<String, Set<String>> entries = scopes.isEmpty() || terms.isEmpty() ? Map.of()
				: index.entries(scopes, terms);
		List<Set<String>> candidates = probes.stream().map(probe -> candidates(probe, entries, scopes)).toList();
		Set<String> toLoad = new HashSet<>();
		candidates.forEach(toLoad::addAll);
		Map<String, Candidate<T>> loaded = toLoad.isEmpty() ? Map.of() : loader.apply(toLoad);
		List<List<Scored<T>>> matches = new ArrayList<>(queries.size());
		for (int i = 0; i < probes.size(); i++) {
			Probe probe = probes.get(i);
			matches.add(best(candidates.get(i), loaded, probe));
		}
		return matches;
	}

	/** The candidates that match the probe, scored, best first, at most {@value #MAX_MATCHES}. */
	private <T> List<Scored<T>> best(Collection<String> ids, Map<String, Candidate<T>> loaded, Probe probe) {
		return ids.stream()
			.map(loaded::get)
			.filter(Objects::nonNull)
			.map(c -> score(c, probe))
			.filter(Objects::nonNull)
			.sorted(LikelyMatches.<T>bestFirst())
			.limit(MAX_MATCHES)
			.toList();
	}

	private static DistrictMatch districtMatch(Scored<String> match) {
		return new DistrictMatch(match.candidate().id(), match.candidate().source(), match.candidate().birthYear(),
				match.score());
	}

	/**
	 * A query with what its name gives, worked out once: its distinct tokens (scored), their distinct terms, and
	 * the index terms to read. The one term of a one-term name; otherwise the pairs of its terms
	 * ({@link SearchKeys#pairTerms}), since a case sharing the two or more terms a match needs shares at least one
	 * pair, and a pair's entry is far smaller than either name's.
	 */
	private record Probe(MatchQuery query, List<String> tokens, int terms, List<String> lookups) {

		static Probe of(MatchQuery query) {
			List<String> tokens = List.copyOf(new LinkedHashSet<>(NameTokens.of(query.fullName())));
			Set<String> terms = new LinkedHashSet<>(tokens.stream().map(SearchKeys::nameTerm).toList());
			List<String> lookups = terms.size() <= 1 ? List.copyOf(terms) : List.copyOf(SearchKeys.pairTerms(terms));
			return new Probe(query, tokens, terms.size(), lookups);
		}

	}

	/**
	 * Ids of the cases sharing enough of the name's terms, those sharing most first, at most a few hundred. A case
	 * sharing m of the terms is in the entries of m(m-1)/2 of their pairs, so counting pair hits ranks by m.
	 */
	private static Set<String> candidates(Probe probe, Map<String, Set<String>> entries, Set<String> scopes) {
		if (probe.lookups().isEmpty()) {
			return Set.of();
		}
		int required = required(probe.terms());
		int hitsRequired = probe.terms() <= 1 ? 1 : required * (required - 1) / 2;
		Map<String, Integer> hits = new HashMap<>();
		for (String lookup : probe.lookups()) {
			Set<String> withLookup = new HashSet<>();
			for (String scope : scopes) {
				withLookup.addAll(entries.getOrDefault(SearchIndex.entryId(scope, lookup), Set.of()));
			}
			withLookup.forEach(id -> hits.merge(id, 1, Integer::sum));
		}
		return new LinkedHashSet<>(hits.entrySet()
			.stream()
			.filter(e -> e.getValue() >= hitsRequired)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_CANDIDATES)
			.map(Map.Entry::getKey)
			.toList());
	}

	/** How many of a name's distinct tokens must match: all of one or two, then all but one in three. */
	static int required(int tokens) {
		return tokens - tokens / 3;
	}

	private <T> @Nullable Scored<T> score(Candidate<T> c, Probe probe) {
		List<String> tokens = probe.tokens();
		MatchQuery query = probe.query();
		SearchKeys keys = c.keys();
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
		int score = (int) Math.round(60 * dice) + yearScore(query.birthYear(), c.birthYear())
				+ (c.district().equals(query.district()) ? 15 : 0);
		return new Scored<>(c, score);
	}

	private int birthYear(ChildIdentity child, Instant registeredAt) {
		return birthYear(child.dateOfBirth(), child.estimatedAgeYears(), registeredAt);
	}

	private int birthYear(@Nullable LocalDate dateOfBirth, @Nullable Integer estimatedAgeYears, Instant registeredAt) {
		if (dateOfBirth != null) {
			return dateOfBirth.getYear();
		}
		int estimatedAge = estimatedAgeYears == null ? 0 : estimatedAgeYears;
		return registeredAt.atZone(zone).getYear() - estimatedAge;
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

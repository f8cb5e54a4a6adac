package org.childprotect.cases.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.Document;
import org.childprotect.cases.CaseManagement;
import org.childprotect.cases.CaseNumber;
import org.childprotect.cases.CaseNumbers;
import org.childprotect.cases.CasePage;
import org.childprotect.cases.CaseScope;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.InLists;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.search.keys.NameTokens;
import org.childprotect.cases.search.keys.SearchKeys;
import org.childprotect.platform.security.Caller;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Finds a caller's cases by text and filters. The scope is the plain list's ({@link CaseScope}); out-of-scope
 * cases are never returned, counted or hinted at. Every page shown is audited like the plain list.
 * <p>
 * With a text, candidates come from the {@link SearchIndex} (or the case-number index) and are then checked,
 * filtered, sorted and paged in memory: a name is shared by a few hundred cases at most, whereas the embedded
 * MongoDB-wire server would read every case for any other kind of query. Filters alone run as one MongoDB query.
 */
@Service
public class CaseSearch {

	/** The parts of a record a list row shows, named in the audit trail. */
	static final List<String> LIST_ROW = List.of("identity", "location", "risk", "ownership");

	private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*-\\d{4}-\\d{6,}");


	private final CaseManagement caseManagement;

	private final SearchIndex index;

	private final CaseNumbers caseNumbers;

	private final MongoTemplate mongo;

	private final AuditTrail auditTrail;

	private final ZoneId zone;

	CaseSearch(CaseManagement caseManagement, SearchIndex index, CaseNumbers caseNumbers, MongoTemplate mongo,
			AuditTrail auditTrail, Clock clock) {
		this.caseNumbers = caseNumbers;
		this.caseManagement = caseManagement;
		this.index = index;
		this.mongo = mongo;
		this.auditTrail = auditTrail;
		this.zone = clock.getZone();
	}

	/** One page of the caller's cases that match the query, in the query's order, with the total that match. */
	public CasePage search(CaseQuery query, Caller caller, int page, int size) {
		if (query.isEverything()) {
			return caseManagement.list(caller, page, size);
		}
		if (page < 0) {
			throw InvalidCaseInput.of("page", "must be 0 or more");
		}
		if (size < 1) {
			throw InvalidCaseInput.of("size", "must be 1 or more");
		}
		int pageSize = Math.min(size, CaseManagement.MAX_PAGE_SIZE);
		CaseScope scope = CaseScope.of(caller);
		CasePage result;
		if (scope.isEmpty()) {
			result = new CasePage(List.of(), page, pageSize, 0);
		}
		else if (query.text() == null) {
			result = filtered(scope, query, page, pageSize);
		}
		else {
			result = matching(scope, query, page, pageSize);
		}
		auditTrail.record(caller, AuditAction.CASES_LISTED,
				result.content().stream().map(c -> c.id().toString()).toList(), LIST_ROW);
		return result;
	}

	/** Filters only: one scoped MongoDB query, counted and paged by the database. */
	private CasePage filtered(CaseScope scope, CaseQuery query, int page, int size) {
		List<Criteria> all = new ArrayList<>();
		all.add(Cases.scopeCriteria(scope));
		if (!query.stages().isEmpty()) {
			all.add(where("stage").in(query.stages()));
		}
		if (!query.riskLevels().isEmpty()) {
			all.add(where("riskLevel").in(query.riskLevels()));
		}
		if (!query.concerns().isEmpty()) {
			all.add(where("concerns").in(query.concerns()));
		}
		if (!query.districts().isEmpty()) {
			all.add(where("district").in(query.districts()));
		}
		if (query.worker() != null) {
			all.add(new Criteria().orOperator(where("assignedWorker.userId").is(query.worker()),
					where("assignedWorker.username").is(query.worker())));
		}
		if (query.registeredFrom() != null) {
			all.add(where("registeredAt").gte(query.registeredFrom().atStartOfDay(zone).toInstant()));
		}
		if (query.registeredTo() != null) {
			all.add(where("registeredAt").lt(query.registeredTo().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		Query filtered = query(new Criteria().andOperator(all));
		long total = mongo.count(filtered, ChildCase.class);
		List<ChildCase> content = mongo.find(
				Query.of(filtered).with(query.sort().toSort()).skip((long) page * size).limit(size), ChildCase.class);
		return new CasePage(content, page, size, total);
	}

	/** Text and filters: candidates by number or index, then checked, scoped, filtered, sorted and paged here. */
	private CasePage matching(CaseScope scope, CaseQuery query, int page, int size) {
		String text = query.text();
		List<ChildCase> candidates = CASE_NUMBER.matcher(text.toUpperCase(Locale.ROOT)).matches()
				? mongo.find(query(where("caseNumber").is(text.toUpperCase(Locale.ROOT))), ChildCase.class)
				: byTokens(List.copyOf(new LinkedHashSet<>(NameTokens.of(text))),
						IndexScopes.of(scope, query.districts()));
		List<ChildCase> matching = candidates.stream()
			.filter(scope::covers)
			.filter(c -> query.admits(c, zone))
			.sorted(query.sort().toComparator())
			.toList();
		long from = Math.min((long) page * size, matching.size());
		List<ChildCase> content = matching.subList((int) from, (int) Math.min(from + size, matching.size()));
		return new CasePage(content, page, size, matching.size());
	}

	/** Cases filed under the given scopes that match every token (by name, sound, caregiver or number). */
	private List<ChildCase> byTokens(List<String> tokens, Set<String> scopes) {
		if (tokens.isEmpty() || scopes.isEmpty()) {
			return List.of();
		}
		Set<String> terms = new HashSet<>();
		tokens.forEach(token -> terms.addAll(SearchKeys.termsMatching(token)));
		Map<String, Set<String>> entries = index.entries(scopes, terms);
		Set<String> candidates = null;
		for (String token : tokens) {
			Set<String> withToken = new HashSet<>();
			for (String term : SearchKeys.termsMatching(token)) {
				for (String scope : scopes) {
					withToken.addAll(entries.getOrDefault(SearchIndex.entryId(scope, term), Set.of()));
				}
			}
			SearchKeys.sequence(token).ifPresent(sequence -> withToken.addAll(numbered(sequence)));
			if (candidates == null) {
				candidates = withToken;
			}
			else {
				candidates.retainAll(withToken);
			}
		}
		if (candidates == null || candidates.isEmpty()) {
			return List.of();
		}
		// The index may list a case under a name it no longer has: only the case's own keys decide.
		return load(candidates).stream().filter(c -> tokens.stream().allMatch(c.searchKeys()::matches)).toList();
	}

	/** Ids of the cases whose number has this sequence, in any district or year: one lookup on the unique numbers. */
	private Set<String> numbered(long sequence) {
		List<String> numbers = caseNumbers.issuedWithSequence(sequence).stream().map(CaseNumber::value).toList();
		Set<String> ids = new HashSet<>();
		if (!numbers.isEmpty()) {
			Query numbered = query(where("caseNumber").in(numbers));
			numbered.fields().include("_id");
			mongo.find(numbered, Document.class, ChildCase.COLLECTION).forEach(found -> ids.add(found.getString("_id")));
		}
		return ids;
	}

	/** Loads cases by id, a batch at a time: only lookups by {@code _id}. */
	List<ChildCase> load(Set<String> ids) {
		List<ChildCase> loaded = new ArrayList<>(ids.size());
		for (List<String> batch : InLists.slices(ids)) {
			loaded.addAll(mongo.find(query(where("_id").in(batch)), ChildCase.class));
		}
		return loaded;
	}


}

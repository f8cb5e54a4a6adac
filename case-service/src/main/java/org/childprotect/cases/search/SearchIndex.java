package org.childprotect.cases.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.InLists;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The inverted index of case search keys, in the {@value #COLLECTION} collection: one document per scope and
 * term, {@code {_id: "KH-PP|p:SoK", caseIds: [...]}}, a scope being a district or one worker's own cases
 * ({@link IndexEntries}). Looking a term up is a lookup by {@code _id}, the one kind of query every MongoDB-wire
 * server answers from an index; per scope, so a supervisor reads only their districts, a worker only their own
 * cases, and no document grows with the whole country.
 * <p>
 * The index may hold more than is true (a term a case no longer has, a case whose insert failed) but never
 * less: terms are added before the case is saved, and never removed while the service runs, so that no race
 * between a search and an edit can lose one. Every hit is checked against the case's own keys.
 */
@Component
public class SearchIndex {

	public static final String COLLECTION = "case_search_terms";

	/** Field of a term document holding the ids of the cases that have the term. */
	public static final String CASE_IDS = "caseIds";

	private final MongoTemplate mongo;

	SearchIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The document id of a term in a scope: a district or a worker's own cases ({@link IndexEntries}). */
	public static String entryId(String scope, String term) {
		return scope + "|" + term;
	}

	/** Files a case under entries it is not filed under yet. */
	public void add(String caseId, Collection<String> entryIds) {
		Map<String, List<String>> caseIdByEntry = new HashMap<>();
		entryIds.forEach(entry -> caseIdByEntry.put(entry, List.of(caseId)));
		write(caseIdByEntry, false);
	}

	/**
	 * Files many cases at once under entries they are not filed under yet: case ids by entry id. Appended, not
	 * added to a set: a set addition compares each id with every id the entry holds, which made filing a large
	 * district quadratic. A case filed twice by a retry is listed twice, which readers (sets) do not see.
	 */
	public void addAll(Map<String, ? extends Collection<String>> caseIdsByEntry) {
		write(caseIdsByEntry, false);
	}

	/** As {@link #addAll}, for cases that may be filed already (a rebuild): no id is listed twice. */
	public void addAllMissing(Map<String, ? extends Collection<String>> caseIdsByEntry) {
		write(caseIdsByEntry, true);
	}

	/**
	 * One unordered bulk of upserts, written with the driver: the statements are plain documents already, and
	 * mapping each through Spring Data's update mapper cost a large import more than building them.
	 */
	private void write(Map<String, ? extends Collection<String>> caseIdsByEntry, boolean asSet) {
		if (caseIdsByEntry.isEmpty()) {
			return;
		}
		String operator = asSet ? "$addToSet" : "$push";
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		List<UpdateOneModel<Document>> statements = new ArrayList<>(caseIdsByEntry.size());
		caseIdsByEntry.forEach((entry, caseIds) -> statements.add(new UpdateOneModel<>(new Document("_id", entry),
				new Document(operator, new Document(CASE_IDS, new Document("$each", List.copyOf(caseIds)))), upsert)));
		mongo.execute(COLLECTION,
				collection -> collection.bulkWrite(statements, new BulkWriteOptions().ordered(false)));
	}

	/**
	 * Files each case under the entries {@link IndexEntries} gives it: for cases new to the index.
	 *
	 * @param ownerScope whether under their owner's scope too ({@link IndexEntries#of(ChildCase, boolean)})
	 */
	public void addCases(Collection<? extends ChildCase> cases, boolean ownerScope) {
		addAll(byEntry(cases, ownerScope));
	}

	/** Case ids by the entry ids the cases are filed under. */
	public static Map<String, List<String>> byEntry(Collection<? extends ChildCase> cases, boolean ownerScope) {
		Map<String, List<String>> caseIdsByEntry = new HashMap<>();
		for (ChildCase childCase : cases) {
			String caseId = childCase.id().toString();
			for (String entry : IndexEntries.of(childCase, ownerScope)) {
				caseIdsByEntry.computeIfAbsent(entry, e -> new ArrayList<>()).add(caseId);
			}
		}
		return caseIdsByEntry;
	}

	/**
	 * The entries of the given terms in the given scopes that exist, by entry id. Queries on {@code _id}, in
	 * {@linkplain InLists slices}.
	 */
	public Map<String, Set<String>> entries(Collection<String> scopes, Collection<String> terms) {
		List<String> ids = new ArrayList<>();
		for (String scope : scopes) {
			for (String term : terms) {
				ids.add(entryId(scope, term));
			}
		}
		Map<String, Set<String>> entries = new HashMap<>();
		if (ids.isEmpty()) {
			return entries;
		}
		for (List<String> slice : InLists.slices(ids)) {
			for (Document entry : mongo.find(query(where("_id").in(slice)), Document.class, COLLECTION)) {
				entries.put(entry.getString("_id"), new HashSet<>(entry.getList(CASE_IDS, String.class, List.of())));
			}
		}
		return entries;
	}

}

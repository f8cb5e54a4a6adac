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

import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The inverted index of case search keys, in the {@value #COLLECTION} collection: one document per district and
 * term, {@code {_id: "KH-PP|p:SoK", caseIds: [...]}}. Looking a term up is a lookup by {@code _id}, the one kind of
 * query every MongoDB-wire server answers from an index; per district, so a supervisor reads only their
 * districts and no document grows with the whole country.
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

	/** The document id of a term in a district. */
	public static String entryId(String district, String term) {
		return district + "|" + term;
	}

	/** Files a case under the given terms of its district. */
	public void add(String district, String caseId, Collection<String> terms) {
		if (terms.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		for (String term : terms) {
			bulk.upsert(query(where("_id").is(entryId(district, term))), new Update().addToSet(CASE_IDS, caseId));
		}
		bulk.execute();
	}

	/** Files many cases at once: case ids by entry id ({@link #entryId}). */
	public void addAll(Map<String, ? extends Collection<String>> caseIdsByEntry) {
		if (caseIdsByEntry.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		caseIdsByEntry.forEach((entry, caseIds) -> bulk.upsert(query(where("_id").is(entry)),
				new Update().addToSet(CASE_IDS).each(caseIds.toArray())));
		bulk.execute();
	}

	/**
	 * The entries of the given terms in the given districts that exist, by entry id. One query on {@code _id},
	 * however many districts and terms.
	 */
	public Map<String, Set<String>> entries(Collection<String> districts, Collection<String> terms) {
		List<String> ids = new ArrayList<>();
		for (String district : districts) {
			for (String term : terms) {
				ids.add(entryId(district, term));
			}
		}
		Map<String, Set<String>> entries = new HashMap<>();
		if (ids.isEmpty()) {
			return entries;
		}
		for (Document entry : mongo.find(query(where("_id").in(ids)), Document.class, COLLECTION)) {
			entries.put(entry.getString("_id"), new HashSet<>(entry.getList(CASE_IDS, String.class, List.of())));
		}
		return entries;
	}

}

package org.childprotect.cases.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.keys.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Brings stored search keys and the index up to the current key format at start-up, before the service takes
 * traffic: cases stored before search existed, or under an older phonetic algorithm, get their keys recomputed
 * and filed. Runs once per format ({@value #FORMAT}), remembered in the index collection. Adds only, like every
 * other writer of the index, so it is safe beside running instances; entries of an older format are left
 * behind unused.
 */
@Component
class SearchIndexRebuild implements ApplicationRunner {

	/**
	 * Raise whenever tokens, phonetic keys, terms or scopes are computed differently. 2: name pairs, and scopes of
	 * the owner and the assigned worker beside the district's.
	 */
	static final int FORMAT = 2;

	static final String MARKER_ID = "#format";

	private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final SearchIndex index;

	SearchIndexRebuild(MongoTemplate mongo, SearchIndex index) {
		this.mongo = mongo;
		this.index = index;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (isCurrent()) {
			return;
		}
		log.info("Filing every case in the search index (key format {})", FORMAT);
		long filed = 0;
		long unreadable = 0;
		String firstProblem = "";
		List<ChildCase> batch = new ArrayList<>(BATCH);
		try (Stream<Document> all = mongo.stream(new Query(), Document.class, ChildCase.COLLECTION)) {
			for (Document stored : (Iterable<Document>) all::iterator) {
				try {
					batch.add(mongo.getConverter().read(ChildCase.class, stored));
				}
				catch (RuntimeException unreadableCase) {
					// One case the mapping cannot read must not keep the service from starting; it is not
					// findable until it can be read. The exception's message may quote stored values.
					if (unreadable++ == 0) {
						firstProblem = unreadableCase.getClass().getName();
					}
				}
				if (batch.size() == BATCH) {
					filed += file(batch);
				}
			}
		}
		filed += file(batch);
		mongo.upsert(query(where("_id").is(MARKER_ID)), new Update().set("format", FORMAT), SearchIndex.COLLECTION);
		log.info("Search index ready: {} cases filed", filed);
		if (unreadable > 0) {
			log.warn("{} stored cases cannot be read (first: {}) and are left out of the search index", unreadable,
					firstProblem);
		}
	}

	private boolean isCurrent() {
		Document marker = mongo.findById(MARKER_ID, Document.class, SearchIndex.COLLECTION);
		return marker != null && Integer.valueOf(FORMAT).equals(marker.getInteger("format"));
	}

	/**
	 * Stores each case's keys as computed now and files its terms. Sets the keys field alone, leaving the
	 * version be: recomputing derived data is not a change a user could conflict with.
	 */
	private int file(List<ChildCase> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		BulkOperations keys = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ChildCase.COLLECTION);
		for (ChildCase c : batch) {
			SearchKeys current = c.refreshSearchKeys();
			Document stored = new Document();
			mongo.getConverter().write(current, stored);
			stored.remove("_class");
			keys.updateOne(query(where("_id").is(c.id().toString())), new Update().set("searchKeys", stored));
		}
		keys.execute();
		// Added as to a set: most cases are filed under most of their entries already.
		index.addAllMissing(SearchIndex.byEntry(batch, true));
		int filed = batch.size();
		batch.clear();
		return filed;
	}

}

package org.childprotect.cases.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which audit entries changed each case, in the {@value #COLLECTION} collection: {@code {_id: caseId, entries:
 * [sequence, ...]}}, oldest first. A case's timeline reads its document and then its entries by id. The trail
 * itself cannot answer that cheaply on the embedded MongoDB-wire server, which has no index but unique ones: every
 * read of a case is audited, so a query on the trail's case ids read a trail growing by one entry per request, and
 * opening a case got slower all day.
 * <p>
 * Derived data, built from the trail once at start-up if missing; an entry appended without its index line (the
 * instance died in between) is missing from the timeline only, never from the trail.
 */
@Component
class CaseChangeIndex implements ApplicationRunner {

	static final String COLLECTION = "audit_case_changes";

	private static final String ENTRIES = "entries";

	private static final String MARKER_ID = "#built";

	private static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(CaseChangeIndex.class);

	private final MongoTemplate mongo;

	CaseChangeIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Notes that the entry changed the given cases: one round trip for all of them. Cases the entry opened have no
	 * line yet, and get one by a plain insert, several times cheaper on the MongoDB-wire server than the append
	 * to an existing line (an import notes a whole batch at once); a line that exists after all (the index was
	 * rebuilt from the trail meanwhile) is appended to instead, and a sequence listed twice is read once.
	 */
	void add(long sequence, Collection<String> caseIds, boolean newCases) {
		if (caseIds.isEmpty()) {
			return;
		}
		if (newCases) {
			try {
				List<Document> lines = caseIds.stream()
					.map(caseId -> new Document("_id", caseId).append(ENTRIES, List.of(sequence)))
					.toList();
				mongo.execute(COLLECTION, collection -> collection.insertMany(lines, new InsertManyOptions().ordered(false)));
				return;
			}
			catch (DuplicateKeyException lineExists) {
				// Fall through: appending adds the sequence to every line, again to those just inserted.
			}
		}
		Map<String, List<Long>> entries = new HashMap<>();
		caseIds.forEach(caseId -> entries.put(caseId, List.of(sequence)));
		write(entries);
	}

	/** The sequences of the latest {@code limit} entries that changed the case, newest first. */
	List<Long> latest(String caseId, int limit) {
		Document indexed = mongo.findById(caseId, Document.class, COLLECTION);
		List<Long> all = new ArrayList<>();
		if (indexed != null) {
			indexed.getList(ENTRIES, Number.class, List.of()).forEach(sequence -> all.add(sequence.longValue()));
		}
		all.sort(Comparator.reverseOrder());
		return all.stream().distinct().limit(limit).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (mongo.findById(MARKER_ID, Document.class, COLLECTION) != null) {
			return;
		}
		Query changes = query(where("action").in(AuditAction.changes()));
		changes.fields().include("caseIds");
		Map<String, List<Long>> batch = new HashMap<>();
		long indexed = 0;
		try (Stream<Document> entries = mongo.stream(changes, Document.class, AuditEntry.COLLECTION)) {
			for (Document entry : (Iterable<Document>) entries::iterator) {
				long sequence = ((Number) entry.get("_id")).longValue();
				entry.getList("caseIds", String.class, List.of())
					.forEach(caseId -> batch.computeIfAbsent(caseId, id -> new ArrayList<>()).add(sequence));
				if (batch.size() >= BATCH) {
					write(batch);
					batch.clear();
				}
				indexed++;
			}
		}
		write(batch);
		mongo.upsert(query(where("_id").is(MARKER_ID)), new Update().set("built", true), COLLECTION);
		if (indexed > 0) {
			log.info("Indexed {} audited changes by case", indexed);
		}
	}

	private void write(Map<String, List<Long>> entriesByCase) {
		if (entriesByCase.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
		entriesByCase.forEach((caseId, sequences) -> bulk.upsert(query(where("_id").is(caseId)),
				new Update().push(ENTRIES).each(sequences.toArray())));
		bulk.execute();
	}

}

package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers from one counter per district and year in the {@value #COLLECTION} collection. An atomic
 * increment keeps numbers unique across instances; a number whose registration then fails stays unused, a gap
 * people can live with, whereas a duplicate would not be.
 */
@Component
public class CaseNumbers {

	static final String COLLECTION = "counters";

	private static final String PREFIX = "case-number:";

	private final MongoTemplate mongo;

	CaseNumbers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public CaseNumber next(String district, int year) {
		String counter = PREFIX + district + ":" + year;
		Document updated;
		try {
			updated = increment(counter);
		}
		catch (DuplicateKeyException firstNumberRace) {
			// Two instances created the same counter at once; the loser increments the winner's.
			updated = increment(counter);
		}
		return CaseNumber.of(district, year, ((Number) updated.get("seq")).longValue());
	}

	/**
	 * Reserves {@code count} consecutive numbers at once, for bulk imports: one round trip instead of one per
	 * case. Numbers of the block that end up unused stay gaps, as with a failed registration.
	 */
	public List<CaseNumber> reserve(String district, int year, int count) {
		if (count < 1) {
			throw new IllegalArgumentException("Reserve at least one number");
		}
		String counter = PREFIX + district + ":" + year;
		Document updated;
		try {
			updated = increment(counter, count);
		}
		catch (DuplicateKeyException firstNumberRace) {
			updated = increment(counter, count);
		}
		long last = ((Number) updated.get("seq")).longValue();
		List<CaseNumber> block = new ArrayList<>(count);
		for (long sequence = last - count + 1; sequence <= last; sequence++) {
			block.add(CaseNumber.of(district, year, sequence));
		}
		return block;
	}

	/**
	 * Every case number handed out with this sequence: one per district and year whose counter has reached it.
	 * People quote the sequence alone ("case 123"); the counters are few (one per district and year), so reading
	 * them all is cheaper than filing every case under its sequence.
	 */
	public List<CaseNumber> issuedWithSequence(long sequence) {
		List<CaseNumber> issued = new ArrayList<>();
		if (sequence < 1) {
			return issued;
		}
		Query reached = query(where("_id").regex("^" + PREFIX)).addCriteria(where("seq").gte(sequence));
		for (Document counter : mongo.find(reached, Document.class, COLLECTION)) {
			String[] districtAndYear = counter.getString("_id").substring(PREFIX.length()).split(":");
			if (districtAndYear.length == 2 && districtAndYear[1].matches("\\d{4}")) {
				issued.add(CaseNumber.of(districtAndYear[0], Integer.parseInt(districtAndYear[1]), sequence));
			}
		}
		return issued;
	}

	private Document increment(String counter) {
		return increment(counter, 1);
	}

	private Document increment(String counter, long by) {
		Document updated = mongo.findAndModify(query(where("_id").is(counter)), new Update().inc("seq", by),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		if (updated == null) {
			throw new IllegalStateException("Counter upsert returned nothing");
		}
		return updated;
	}

}

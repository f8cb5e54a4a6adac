package org.childprotect.reporting.cases;

import java.util.List;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@value #COLLECTION} collection: one document per case under its {@link CaseKey}. Documents are written as
 * plain field sets (no mapped entity), so what is stored is exactly the fields listed in {@link Fields}.
 */
@Repository
public class CaseFacts {

	public static final String COLLECTION = "case_facts";

	/** Every field a case fact document may have; anything else would be a leak. */
	public static final class Fields {

		public static final String KEY = "_id";

		public static final String DISTRICT = "district";

		public static final String SEX = "sex";

		public static final String AGE_BAND = "ageBand";

		public static final String CONCERNS = "concerns";

		public static final String RISK = "risk";

		public static final String STAGE = "stage";

		public static final String SOURCE = "source";

		public static final String REGISTERED_ON = "registeredOn";

		public static final String LAST_APPLIED_VERSION = "lastAppliedVersion";

		public static final List<String> ALL = List.of(KEY, DISTRICT, SEX, AGE_BAND, CONCERNS, RISK, STAGE, SOURCE,
				REGISTERED_ON, LAST_APPLIED_VERSION);

		private Fields() {
		}

	}

	private final MongoTemplate mongo;

	CaseFacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Writes the fact if {@code version} is newer than the one held, in one conditional single-document upsert, so
	 * that redelivered and late events change nothing without a transaction. The filter matches only an older
	 * document; when none matches, the upsert tries to insert under the same key, which the unique {@code _id}
	 * refuses if a document with an equal or newer version exists.
	 */
	public ApplyOutcome apply(CaseFact fact, long version) {
		Query olderOrAbsent = Query.query(Criteria.where(Fields.KEY)
			.is(fact.key().value())
			.and(Fields.LAST_APPLIED_VERSION)
			.lt(version));
		Update update = new Update().set(Fields.DISTRICT, fact.district())
			.set(Fields.SEX, fact.sex())
			.set(Fields.AGE_BAND, fact.ageBand())
			.set(Fields.CONCERNS, fact.concerns())
			.set(Fields.RISK, fact.risk())
			.set(Fields.STAGE, fact.stage())
			.set(Fields.SOURCE, fact.source())
			// An ISO day string, not a Date: a Date would carry a time zone shift and a time the fact does not have.
			.set(Fields.REGISTERED_ON, fact.registeredOn().toString())
			.set(Fields.LAST_APPLIED_VERSION, version);
		try {
			mongo.upsert(olderOrAbsent, update, COLLECTION);
			return ApplyOutcome.APPLIED;
		}
		catch (DuplicateKeyException sameOrNewerVersionHeld) {
			return ApplyOutcome.DUPLICATE;
		}
	}

	/**
	 * Counts by aggregation rather than keeping a counter beside the facts: a second write could be lost between
	 * the two without a transaction, while a count over the facts is exact and idempotent by construction.
	 */
	public List<DistrictCount> countByDistrict() {
		Aggregation aggregation = Aggregation.newAggregation(
				Aggregation.group(Fields.DISTRICT).count().as("count"),
				Aggregation.sort(Sort.by(Sort.Direction.ASC, "_id")));
		return mongo.aggregate(aggregation, COLLECTION, Document.class)
			.getMappedResults()
			.stream()
			.map(row -> new DistrictCount(row.getString("_id"), ((Number) row.get("count")).longValue()))
			.toList();
	}

}

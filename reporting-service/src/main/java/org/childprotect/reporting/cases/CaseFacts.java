package org.childprotect.reporting.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.childprotect.reporting.generations.Generation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

/**
 * The {@value #COLLECTION} collection of a generation: one document per case under its {@link CaseKey}. Reads and
 * writes address a fact by {@code _id} alone. Events of one case arrive on one partition and are applied by one
 * consumer at a time, so a fact has a single writer and is simply replaced; the version guards inside
 * {@link CaseFact} make that replacement idempotent.
 */
@Repository
public class CaseFacts {

	public static final String COLLECTION = "case_facts";

	/** Every field a fact document may have; anything else would be a leak. */
	public static final List<String> FIELDS = CaseFactDocuments.Fields.ALL;

	private final MongoTemplate mongo;

	CaseFacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Optional<StoredFact> find(Generation generation, CaseKey key) {
		Document document = mongo.execute(generation.collection(COLLECTION),
				collection -> collection.find(Filters.eq("_id", key.value())).first());
		return Optional.ofNullable(document).map(CaseFactDocuments::fromDocument);
	}

	public void saveAll(Generation generation, Collection<StoredFact> facts) {
		if (facts.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = facts.stream()
			.<WriteModel<Document>>map(stored -> new ReplaceOneModel<>(Filters.eq("_id", stored.fact().key().value()),
					CaseFactDocuments.toDocument(stored), new ReplaceOptions().upsert(true)))
			.toList();
		mongo.execute(generation.collection(COLLECTION),
				collection -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
	}

	/** Marks the cube moves of these facts as done. */
	public void clearPending(Generation generation, Collection<CaseKey> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = keys.stream()
			.<WriteModel<Document>>map(key -> new UpdateOneModel<>(Filters.eq("_id", key.value()),
					Updates.unset(CaseFactDocuments.Fields.PENDING)))
			.toList();
		mongo.execute(generation.collection(COLLECTION),
				collection -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
	}

	public long count(Generation generation) {
		return mongo.execute(generation.collection(COLLECTION), collection -> collection.countDocuments());
	}

}

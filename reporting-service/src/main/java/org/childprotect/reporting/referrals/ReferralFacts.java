package org.childprotect.reporting.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.childprotect.reporting.cubes.PlacementRef;
import org.childprotect.reporting.generations.Generation;
import org.jspecify.annotations.Nullable;
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
 * The {@value #COLLECTION} collection of a generation: one document per referral under its keyed hash. The events
 * of a referral share a partition (they are keyed by case), so a fact has one writer at a time and is replaced
 * whole; the version guard in the projection makes the replacement idempotent.
 */
@Repository
public class ReferralFacts {

	public static final String COLLECTION = "referral_facts";

	/** Every field a referral fact document may have; anything else would be a leak. */
	public static final List<String> FIELDS = List.of("_id", "version", "district", "region", "serviceType",
			"agencyType", "urgency", "status", "requestedOn", "respondedOn", "completedOn", "outcome", "overdue",
			"pending");

	private final MongoTemplate mongo;

	ReferralFacts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<StoredReferral> find(Generation generation, String key) {
		Document document = mongo.execute(generation.collection(COLLECTION),
				collection -> collection.find(Filters.eq("_id", key)).first());
		return Optional.ofNullable(document).map(ReferralFacts::fromDocument);
	}

	void saveAll(Generation generation, Collection<StoredReferral> facts) {
		if (facts.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = facts.stream()
			.<WriteModel<Document>>map(stored -> new ReplaceOneModel<>(Filters.eq("_id", stored.fact().key()),
					toDocument(stored), new ReplaceOptions().upsert(true)))
			.toList();
		mongo.execute(generation.collection(COLLECTION),
				collection -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
	}

	void clearPending(Generation generation, Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = keys.stream()
			.<WriteModel<Document>>map(key -> new UpdateOneModel<>(Filters.eq("_id", key), Updates.unset("pending")))
			.toList();
		mongo.execute(generation.collection(COLLECTION),
				collection -> collection.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
	}

	public long count(Generation generation) {
		return mongo.execute(generation.collection(COLLECTION), collection -> collection.countDocuments());
	}

	private static Document toDocument(StoredReferral stored) {
		ReferralFact fact = stored.fact();
		Document document = new Document("_id", fact.key()).append("version", fact.version())
			.append("district", fact.district())
			.append("region", fact.region())
			.append("serviceType", fact.serviceType())
			.append("agencyType", fact.agencyType())
			.append("urgency", fact.urgency())
			.append("status", fact.status())
			.append("requestedOn", fact.requestedOn().toString())
			.append("respondedOn", text(fact.respondedOn()))
			.append("completedOn", text(fact.completedOn()))
			.append("outcome", fact.outcome())
			.append("overdue", fact.overdue());
		if (!stored.pending().isEmpty()) {
			document.append("pending", stored.pending().stream().map(PlacementRef::toDocument).toList());
		}
		return document;
	}

	private static StoredReferral fromDocument(Document document) {
		ReferralFact fact = new ReferralFact(document.getString("_id"), ((Number) document.get("version")).longValue(),
				document.getString("district"), document.getString("region"), document.getString("serviceType"),
				document.getString("agencyType"), document.getString("urgency"), document.getString("status"),
				LocalDate.parse(document.getString("requestedOn")), day(document.getString("respondedOn")),
				day(document.getString("completedOn")), document.getString("outcome"),
				Boolean.TRUE.equals(document.getBoolean("overdue")));
		List<Document> entries = document.getList("pending", Document.class);
		List<PlacementRef> pending = new ArrayList<>();
		if (entries != null) {
			entries.forEach(entry -> pending.add(PlacementRef.fromDocument(entry)));
		}
		return new StoredReferral(fact, pending);
	}

	private static @Nullable String text(@Nullable LocalDate day) {
		return day == null ? null : day.toString();
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		return value == null ? null : LocalDate.parse(value);
	}

}

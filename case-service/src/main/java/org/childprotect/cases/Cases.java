package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The stored cases. Every query that can return more than one case takes a {@link CaseScope}, so that a list can
 * never forget to filter by what the caller may see.
 */
@Repository
public class Cases implements InitializingBean {

	/** Fields an update leaves alone: the key, the version it sets itself, and the outbox it only appends to. */
	private static final java.util.Set<String> NOT_SET_BY_UPDATES = java.util.Set.of("_id", "_class", "version",
			"outbox");

	/** Newest first; the id breaks ties so that paging is stable when cases share a timestamp. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	Cases(MongoTemplate mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public void afterPropertiesSet() {
		IndexOperations indexes = mongo.indexOps(ChildCase.class);
		indexes.createIndex(new Index().on("caseNumber", Sort.Direction.ASC).unique().named("case_number"));
		indexes.createIndex(new Index().on("district", Sort.Direction.ASC)
			.on("registeredAt", Sort.Direction.DESC)
			.named("district_newest"));
		indexes.createIndex(new Index().on("owner.userId", Sort.Direction.ASC).named("owner"));
		indexes.createIndex(new Index().on("assignedWorker.userId", Sort.Direction.ASC).named("assigned_worker"));
		// The natural key of paper records. Sparse rather than partial (the MongoDB-wire server has no partial
		// indexes): cases typed in without a paper form have no key and stay out of the index.
		indexes.createIndex(new Index().on("paperForm.key", Sort.Direction.ASC).unique().sparse().named("paper_form"));
	}

	/** Stores a new case with its outbox; fails if the id or case number is taken. */
	public ChildCase insert(ChildCase childCase) {
		return mongo.insert(childCase);
	}

	/**
	 * Stores new cases in one round trip; each is still its own single-document insert carrying its outbox, so a
	 * failure can leave a prefix of the list stored but never a case without its events. Fails on the first
	 * taken id, case number or paper form.
	 */
	public List<ChildCase> insertAll(Collection<ChildCase> newCases) {
		return new ArrayList<>(mongo.insertAll(newCases));
	}

	/** The cases transcribed from the given paper forms, by {@link PaperForm#key()}. */
	public List<ChildCase> fromPaperForms(Collection<String> formKeys) {
		List<ChildCase> found = new ArrayList<>();
		for (List<String> slice : InLists.slices(formKeys)) {
			found.addAll(mongo.find(query(where("paperForm.key").in(slice)), ChildCase.class));
		}
		return found;
	}

	/**
	 * Stores a change of a loaded case in one single-document update, guarded by the version it was loaded at:
	 * the state is set field by field, and the events the change raised are appended to the outbox. The outbox is
	 * never rewritten, so entries the relay removed meanwhile stay removed. The version advances once per raised
	 * event (at least once), matching the {@code aggregateVersion} each event carries.
	 *
	 * @throws OptimisticLockingFailureException if the case was changed since it was loaded
	 */
	public ChildCase update(ChildCase changed) {
		Long loadedAt = changed.version();
		if (loadedAt == null) {
			throw new IllegalArgumentException("Only a stored case can be updated");
		}
		List<OutboxEntry> raised = changed.unsavedEvents();
		long next = loadedAt + Math.max(1, raised.size());
		Document state = new Document();
		mongo.getConverter().write(changed, state);
		Update update = new Update();
		state.forEach((field, value) -> {
			if (!NOT_SET_BY_UPDATES.contains(field)) {
				update.set(field, value);
			}
		});
		mongo.getConverter()
			.getMappingContext()
			.getRequiredPersistentEntity(ChildCase.class)
			.doWithProperties((MongoPersistentProperty property) -> {
				String field = property.getFieldName();
				if (!state.containsKey(field) && !NOT_SET_BY_UPDATES.contains(field)) {
					update.unset(field);
				}
			});
		update.set("version", next);
		// As in a save, the announced document carries the version it is stored with.
		state.put("version", next);
		if (!raised.isEmpty()) {
			List<?> outbox = state.getList("outbox", Object.class);
			update.push("outbox").each(outbox.subList(outbox.size() - raised.size(), outbox.size()).toArray());
		}
		// Announced like MongoTemplate's own saves, so listeners (the search index) see updates as well as inserts.
		events.publishEvent(new BeforeSaveEvent<>(changed, state, ChildCase.COLLECTION));
		Query asLoaded = query(where("_id").is(changed.id().toString()).and("version").is(loadedAt));
		UpdateResult result = mongo.updateFirst(asLoaded, update, ChildCase.COLLECTION);
		if (result.getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException("The case was changed since it was loaded");
		}
		announceStored(changed, state);
		changed.saved(next);
		return changed;
	}

	/**
	 * Announces a case stored by a write that MongoTemplate does not announce itself (an update, a bulk insert of
	 * prepared documents), as MongoTemplate does after its saves: the outbox relay learns which case has events.
	 */
	public void announceStored(ChildCase stored, Document document) {
		events.publishEvent(new AfterSaveEvent<>(stored, document, ChildCase.COLLECTION));
	}

	public Optional<ChildCase> byId(CaseId id) {
		return Optional.ofNullable(mongo.findById(id.toString(), ChildCase.class));
	}

	public CasePage visibleTo(CaseScope scope, int page, int size) {
		if (scope.isEmpty()) {
			return new CasePage(List.of(), page, size, 0);
		}
		Query visible = query(scopeCriteria(scope));
		long total = mongo.count(visible, ChildCase.class);
		List<ChildCase> content = mongo.find(Query.of(visible).with(NEWEST_FIRST).skip((long) page * size).limit(size),
				ChildCase.class);
		return new CasePage(content, page, size, total);
	}

	public static Criteria scopeCriteria(CaseScope scope) {
		return scope.criteria();
	}

}

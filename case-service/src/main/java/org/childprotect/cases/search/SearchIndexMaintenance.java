package org.childprotect.cases.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashSet;
import java.util.Set;

import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.keys.SearchKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link SearchIndex} in step with every case saved through Spring Data, whichever use case saves it
 * (registration, edits, bulk imports): the new terms are filed just before the document is written, so a stored
 * case is always findable. Terms a case loses stay filed (see {@link SearchIndex}).
 */
@Component
class SearchIndexMaintenance extends AbstractMongoEventListener<ChildCase> {

	private final SearchIndex index;

	private final MongoTemplate mongo;

	SearchIndexMaintenance(SearchIndex index, MongoTemplate mongo) {
		this.index = index;
		this.mongo = mongo;
	}

	@Override
	public void onBeforeSave(BeforeSaveEvent<ChildCase> event) {
		ChildCase saved = event.getSource();
		Set<String> entries = new HashSet<>(IndexEntries.of(saved));
		if (!isFirstInsert(event.getDocument())) {
			// Usually nothing changed: one read by id instead of a write per entry on every edit of a case. An
			// assignment files the case under its new worker; a rename under its new names.
			entries.removeAll(storedEntries(saved.id().toString()));
		}
		index.add(saved.id().toString(), entries);
	}

	/** Spring Data writes version 0 on a versioned entity's first insert and a higher one on every update. */
	private static boolean isFirstInsert(@Nullable Document document) {
		Object version = document == null ? null : document.get("version");
		return !(version instanceof Number number) || number.longValue() == 0;
	}

	/** The entries the case is filed under as it is stored now; none if it is not stored. */
	private Set<String> storedEntries(String caseId) {
		Query stored = query(where("_id").is(caseId));
		stored.fields().include("searchKeys", "district", "owner.userId", "assignedWorker.userId");
		Document document = mongo.findOne(stored, Document.class, ChildCase.COLLECTION);
		if (document == null || !(document.get("searchKeys") instanceof Document keys)
				|| document.getString("district") == null) {
			return Set.of();
		}
		MongoConverter converter = mongo.getConverter();
		return IndexEntries.of(document.getString("district"), userId(document.get("owner")),
				userId(document.get("assignedWorker")), converter.read(SearchKeys.class, keys));
	}

	private static @Nullable String userId(@Nullable Object worker) {
		return worker instanceof Document stored ? stored.getString("userId") : null;
	}

}

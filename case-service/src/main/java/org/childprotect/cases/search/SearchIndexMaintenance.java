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
		Set<String> terms = new HashSet<>(saved.searchKeys().terms());
		if (!isFirstInsert(event.getDocument())) {
			// Usually nothing changed: one read by id instead of a write per term on every edit of a case.
			SearchKeys before = storedKeys(saved.id().toString(), saved.district());
			if (before != null) {
				terms.removeAll(before.terms());
			}
		}
		index.add(saved.district(), saved.id().toString(), terms);
	}

	/** Spring Data writes version 0 on a versioned entity's first insert and a higher one on every update. */
	private static boolean isFirstInsert(@Nullable Document document) {
		Object version = document == null ? null : document.get("version");
		return !(version instanceof Number number) || number.longValue() == 0;
	}

	/** The keys stored for the case, if it is stored in the same district (the index is per district). */
	private @Nullable SearchKeys storedKeys(String caseId, String district) {
		Query stored = query(where("_id").is(caseId));
		stored.fields().include("searchKeys", "district");
		Document document = mongo.findOne(stored, Document.class, ChildCase.COLLECTION);
		if (document == null || !district.equals(document.getString("district"))
				|| !(document.get("searchKeys") instanceof Document keys)) {
			return null;
		}
		MongoConverter converter = mongo.getConverter();
		return converter.read(SearchKeys.class, keys);
	}

}

package org.childprotect.cases.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * The ids of cases this instance saved with events still in their outbox: where the relay looks first. A hint only,
 * kept in memory; what a crash loses here is still in the case documents, and the relay's sweep finds it there.
 * On the MongoDB-wire server a query for "cases with an outbox" reads every case (it uses no secondary index), so
 * asking by id is what keeps each relay round cheap as cases pile up.
 */
@Component
class PendingCases {

	private final Set<String> caseIds = ConcurrentHashMap.newKeySet();

	/** MongoTemplate announces its inserts, and {@code Cases.update} its updates, after they are stored. */
	@EventListener
	void onSaved(AfterSaveEvent<?> saved) {
		if (!ChildCase.COLLECTION.equals(saved.getCollectionName())) {
			return;
		}
		Document stored = saved.getDocument();
		if (stored != null && !stored.getList("outbox", Object.class, List.of()).isEmpty()
				&& stored.get("_id") != null) {
			caseIds.add(stored.get("_id").toString());
		}
	}

	/** Takes up to {@code max} ids out; whoever takes them relays them or gives them {@link #back}. */
	List<String> take(int max) {
		List<String> taken = new ArrayList<>(Math.min(max, caseIds.size()));
		Iterator<String> ids = caseIds.iterator();
		while (taken.size() < max && ids.hasNext()) {
			String id = ids.next();
			if (caseIds.remove(id)) {
				taken.add(id);
			}
		}
		return taken;
	}

	void back(Collection<String> ids) {
		caseIds.addAll(ids);
	}

	boolean isEmpty() {
		return caseIds.isEmpty();
	}

}

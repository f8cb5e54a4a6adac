package org.childprotect.cases.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

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

	/**
	 * Bounds the memory hints take when saves outrun the relay (a bulk import while Kafka is down, or a relay
	 * switched off): past it, ids are not kept and the relay is told to sweep instead.
	 */
	static final int MAX_HINTS = 50_000;

	private final Set<String> caseIds = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean overflowed = new AtomicBoolean();

	/** MongoTemplate announces its inserts, and {@code Cases.update} its updates, after they are stored. */
	@EventListener
	void onSaved(AfterSaveEvent<?> saved) {
		if (!ChildCase.COLLECTION.equals(saved.getCollectionName())) {
			return;
		}
		Document stored = saved.getDocument();
		if (stored != null && !stored.getList("outbox", Object.class, List.of()).isEmpty()
				&& stored.get("_id") != null) {
			hint(stored.get("_id").toString());
		}
	}

	private void hint(String caseId) {
		if (caseIds.size() < MAX_HINTS) {
			caseIds.add(caseId);
		}
		else {
			overflowed.set(true);
		}
	}

	/** Whether ids were dropped since the last call: only a sweep finds those cases now. */
	boolean overflowedSinceAsked() {
		return overflowed.getAndSet(false);
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
		ids.forEach(this::hint);
	}

}

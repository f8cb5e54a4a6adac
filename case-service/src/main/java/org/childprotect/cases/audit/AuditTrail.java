package org.childprotect.cases.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit trail in MongoDB. Offers no update or delete on purpose; in production the service's
 * database user should also lack those privileges on {@value AuditEntry#COLLECTION}.
 */
@Component
public class AuditTrail implements InitializingBean {

	private static final int ATTEMPTS = 10;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "_id");

	private final MongoTemplate mongo;

	private final Clock clock;

	/**
	 * The last entry this instance wrote or found, so that appending does not look for the head of the chain by
	 * sorting the whole trail (the MongoDB-wire server sorts without an index, and the trail only grows).
	 */
	private @Nullable AuditEntry head;

	private final CaseChangeIndex changes;

	AuditTrail(MongoTemplate mongo, Clock clock, CaseChangeIndex changes) {
		this.mongo = mongo;
		this.clock = clock;
		this.changes = changes;
	}

	@Override
	public void afterPropertiesSet() {
		// Multikey: finds a case's history without walking the whole trail.
		mongo.indexOps(AuditEntry.class).createIndex(new Index().on("caseIds", Sort.Direction.ASC).named("case_ids"));
	}

	/**
	 * Records that {@code actor} did {@code action} to the given cases, touching the named sections. Fails rather
	 * than skip the entry: a read that cannot be audited must not be served.
	 */
	public AuditEntry record(Caller actor, AuditAction action, List<String> caseIds, List<String> sections) {
		return record(actor, action, caseIds, sections, null);
	}

	/** As {@link #record(Caller, AuditAction, List, List)}, with the reason the actor gave for it. */
	public AuditEntry record(Caller actor, AuditAction action, List<String> caseIds, List<String> sections,
			@Nullable String reason) {
		// Instances race only with each other; inside one instance, taking turns avoids needless retries.
		synchronized (this) {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				AuditEntry previous = head();
				AuditEntry entry = AuditChain.append(previous, clock.instant(), actor.userId(), actor.username(),
						action, caseIds, sections, reason);
				try {
					head = mongo.insert(entry);
				}
				catch (DuplicateKeyException anotherInstanceTookThisPlace) {
					// Follow the entries the other instance appended, by id, and try the place after them.
					head = following(previous);
					continue;
				}
				if (action.isChange()) {
					changes.add(entry.sequence(), caseIds, action.opensCases());
				}
				return entry;
			}
		}
		throw new IllegalStateException("Could not append to the audit trail after " + ATTEMPTS + " attempts");
	}

	/** The entries naming a case, newest first: its whole history, reads included. */
	public List<AuditEntry> ofCase(String caseId, int page, int size) {
		return mongo.find(query(where("caseIds").is(caseId)).with(NEWEST_FIRST).skip((long) page * size).limit(size),
				AuditEntry.class);
	}

	public long countOfCase(String caseId) {
		return mongo.count(query(where("caseIds").is(caseId)), AuditEntry.class);
	}

	/** The changes made to a case, newest first, at most {@code limit}: what its timeline shows. */
	public List<AuditEntry> changesOfCase(String caseId, int limit) {
		List<Long> latest = changes.latest(caseId, limit);
		if (latest.isEmpty()) {
			return List.of();
		}
		// Checked against the entries themselves: the index is derived data, the trail is the record.
		return mongo.find(query(where("_id").in(latest)).with(NEWEST_FIRST), AuditEntry.class)
			.stream()
			.filter(entry -> entry.caseIds().contains(caseId) && entry.action().isChange())
			.toList();
	}

	/** Walks the whole trail and reports the first entry that was changed, removed or reordered. */
	public AuditChain.Verification verify() {
		try (Stream<AuditEntry> entries = mongo.stream(new Query().with(Sort.by("_id")), AuditEntry.class)) {
			return AuditChain.verify(entries::iterator);
		}
	}

	/**
	 * The head as remembered, checked by one lookup by id that it is still the stored entry (cheap whatever the
	 * trail's length); only when it is not, the head is looked for by sorting.
	 */
	private @Nullable AuditEntry head() {
		AuditEntry remembered = head;
		if (remembered != null) {
			AuditEntry stored = mongo.findById(remembered.sequence(), AuditEntry.class);
			if (stored != null && stored.hash().equals(remembered.hash())) {
				// Entries another instance appended since show up as a duplicate key on insert.
				return stored;
			}
		}
		return last();
	}

	/** The last entry of the run of entries that follow {@code entry} without a gap. */
	private @Nullable AuditEntry following(@Nullable AuditEntry entry) {
		AuditEntry last = entry;
		AuditEntry next = mongo.findById(last == null ? 1L : last.sequence() + 1, AuditEntry.class);
		while (next != null) {
			last = next;
			next = mongo.findById(last.sequence() + 1, AuditEntry.class);
		}
		return last;
	}

	private @Nullable AuditEntry last() {
		return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), AuditEntry.class);
	}

}

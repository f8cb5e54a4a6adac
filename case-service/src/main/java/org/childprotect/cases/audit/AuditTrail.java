package org.childprotect.cases.audit;

import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends to the audit trail in MongoDB. Offers no update or delete on purpose; in production the service's
 * database user should also lack those privileges on {@value AuditEntry#COLLECTION}.
 */
@Component
public class AuditTrail {

	private static final int ATTEMPTS = 10;

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditTrail(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records that {@code actor} did {@code action} to the given cases, touching the named sections. Fails rather
	 * than skip the entry: a read that cannot be audited must not be served.
	 */
	public AuditEntry record(Caller actor, AuditAction action, List<String> caseIds, List<String> sections) {
		// Instances race only with each other; inside one instance, taking turns avoids needless retries.
		synchronized (this) {
			for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
				AuditEntry entry = AuditChain.append(last(), clock.instant(), actor.userId(), actor.username(),
						action, caseIds, sections);
				try {
					return mongo.insert(entry);
				}
				catch (DuplicateKeyException anotherInstanceTookThisPlace) {
					// Re-read the head of the chain and try the next place.
				}
			}
		}
		throw new IllegalStateException("Could not append to the audit trail after " + ATTEMPTS + " attempts");
	}

	/** Walks the whole trail and reports the first entry that was changed, removed or reordered. */
	public AuditChain.Verification verify() {
		try (Stream<AuditEntry> entries = mongo.stream(new Query().with(Sort.by("_id")), AuditEntry.class)) {
			return AuditChain.verify(entries::iterator);
		}
	}

	private @Nullable AuditEntry last() {
		return mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1), AuditEntry.class);
	}

}

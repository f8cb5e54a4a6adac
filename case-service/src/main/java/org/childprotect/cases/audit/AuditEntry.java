package org.childprotect.cases.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the audit trail. The sequence is the document id: two writers racing for the same place in the
 * chain collide on the primary key instead of forking the chain.
 *
 * @param sequence position in the chain, starting at 1, without gaps
 * @param caseIds the cases read or written (ids only)
 * @param sections which parts of the record were touched, e.g. {@code identity}; never their values
 * @param reason why the actor looked, when they said (e.g. a supervisor reading a worker's case)
 * @param previousHash {@link #hash} of the entry before, or {@link AuditChain#GENESIS} for the first
 * @param hash sha256 of {@code previousHash} and this entry's content
 */
@Document(AuditEntry.COLLECTION)
public record AuditEntry(@Id long sequence, Instant at, String actorId, String actorUsername, AuditAction action,
		List<String> caseIds, List<String> sections, @Nullable String reason, String previousHash, String hash) {

	public static final String COLLECTION = "audit_trail";

	/** Longest accepted reason: a sentence, not a report. */
	public static final int MAX_REASON = 200;

	@PersistenceCreator
	public AuditEntry {
		caseIds = List.copyOf(caseIds);
		sections = List.copyOf(sections);
	}

	/** An entry without a stated reason, as most are. */
	public AuditEntry(long sequence, Instant at, String actorId, String actorUsername, AuditAction action,
			List<String> caseIds, List<String> sections, String previousHash, String hash) {
		this(sequence, at, actorId, actorUsername, action, caseIds, sections, null, previousHash, hash);
	}

}

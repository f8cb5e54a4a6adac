package org.childprotect.cases.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The hash chain of the audit trail, free of storage so it can be reasoned about and tested on its own. Each
 * entry's hash covers the previous hash and the entry's own fields, so changing, removing or reordering any entry
 * breaks every hash after it.
 */
public final class AuditChain {

	public static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** Seals a new entry onto the chain whose last entry is {@code previous} ({@code null} for the first). */
	public static AuditEntry append(@Nullable AuditEntry previous, Instant at, String actorId, String actorUsername,
			AuditAction action, List<String> caseIds, List<String> sections) {
		return append(previous, at, actorId, actorUsername, action, caseIds, sections, null);
	}

	/** As {@link #append(AuditEntry, Instant, String, String, AuditAction, List, List)}, with the actor's reason. */
	public static AuditEntry append(@Nullable AuditEntry previous, Instant at, String actorId, String actorUsername,
			AuditAction action, List<String> caseIds, List<String> sections, @Nullable String reason) {
		long sequence = previous == null ? 1 : previous.sequence() + 1;
		String previousHash = previous == null ? GENESIS : previous.hash();
		// MongoDB keeps milliseconds; hashing finer time would make every stored entry fail verification.
		Instant stored = at.truncatedTo(ChronoUnit.MILLIS);
		AuditEntry unsealed = new AuditEntry(sequence, stored, actorId, actorUsername, action, caseIds, sections,
				reason, previousHash, "");
		return new AuditEntry(sequence, stored, actorId, actorUsername, action, caseIds, sections, reason,
				previousHash, hashOf(unsealed));
	}

	/** Checks entries given in sequence order, from the first entry of the trail. */
	public static Verification verify(Iterable<AuditEntry> entriesInOrder) {
		long expectedSequence = 1;
		String previousHash = GENESIS;
		for (AuditEntry entry : entriesInOrder) {
			if (entry.sequence() != expectedSequence) {
				return Verification.broken(expectedSequence, "entry missing or out of order");
			}
			if (!entry.previousHash().equals(previousHash)) {
				return Verification.broken(entry.sequence(), "does not follow the entry before it");
			}
			if (!hashOf(entry).equals(entry.hash())) {
				return Verification.broken(entry.sequence(), "content does not match its hash");
			}
			previousHash = entry.hash();
			expectedSequence++;
		}
		return Verification.intact(expectedSequence - 1);
	}

	static String hashOf(AuditEntry entry) {
		StringBuilder content = new StringBuilder();
		field(content, entry.previousHash());
		field(content, Long.toString(entry.sequence()));
		field(content, entry.at().toString());
		field(content, entry.actorId());
		field(content, entry.actorUsername());
		field(content, entry.action().name());
		field(content, Integer.toString(entry.caseIds().size()));
		entry.caseIds().forEach(id -> field(content, id));
		field(content, Integer.toString(entry.sections().size()));
		entry.sections().forEach(section -> field(content, section));
		// Only when present, so entries written before reasons existed keep their hashes. The marker keeps an
		// entry with a reason distinct from one whose content merely ends in the same characters.
		if (entry.reason() != null) {
			field(content, "reason");
			field(content, entry.reason());
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

	/** Length-prefixed, so that moving characters from one field to the next changes the hash. */
	private static void field(StringBuilder content, String value) {
		content.append(value.length()).append(':').append(value).append(';');
	}

	/**
	 * @param intact whether the whole chain checks out
	 * @param entries how many entries were verified, when intact
	 * @param brokenAt the first sequence number that fails, when not intact
	 * @param reason why it fails
	 */
	public record Verification(boolean intact, long entries, @Nullable Long brokenAt, @Nullable String reason) {

		static Verification intact(long entries) {
			return new Verification(true, entries, null, null);
		}

		static Verification broken(long sequence, String reason) {
			return new Verification(false, 0, sequence, reason);
		}

	}

}

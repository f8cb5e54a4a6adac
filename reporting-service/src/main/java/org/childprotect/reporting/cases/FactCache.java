package org.childprotect.reporting.cases;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a writer remembers between batches. The live consumer remembers nothing: every fact is read from the
 * database, and every write is made so that an interrupted one can be finished. A rebuild owns its new generation
 * alone and starts it empty, so it can remember recent facts, know that a case it has never written has no fact
 * yet, and skip the bookkeeping that lets an interrupted write be finished: an interrupted rebuild is dropped and
 * started again.
 */
public interface FactCache {

	@Nullable CaseFact get(CaseKey key);

	/** False only when the fact certainly does not exist yet, so there is no need to read it. */
	boolean mayExist(CaseKey key);

	/** Whether writes must record their pending cube moves, to be finished after an interruption. */
	boolean resumable();

	void put(CaseFact fact);

	void clear();

	static FactCache none() {
		return new FactCache() {

			@Override
			public @Nullable CaseFact get(CaseKey key) {
				return null;
			}

			@Override
			public boolean mayExist(CaseKey key) {
				return true;
			}

			@Override
			public boolean resumable() {
				return true;
			}

			@Override
			public void put(CaseFact fact) {
			}

			@Override
			public void clear() {
			}

		};
	}

	/** For a rebuild into an empty generation: keeps the most recently used facts, up to {@code capacity}. */
	static FactCache forRebuild(int capacity) {
		Map<CaseKey, CaseFact> facts = new LinkedHashMap<>(capacity, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<CaseKey, CaseFact> eldest) {
				return size() > capacity;
			}

		};
		// 64 bits of every key written; a collision only costs a read.
		Set<Long> written = new HashSet<>();
		return new FactCache() {

			@Override
			public @Nullable CaseFact get(CaseKey key) {
				return facts.get(key);
			}

			@Override
			public boolean mayExist(CaseKey key) {
				return written.contains(Long.parseUnsignedLong(key.member(), 16));
			}

			@Override
			public boolean resumable() {
				return false;
			}

			@Override
			public void put(CaseFact fact) {
				facts.put(fact.key(), fact);
				written.add(Long.parseUnsignedLong(fact.key().member(), 16));
			}

			@Override
			public void clear() {
				// Forget the facts, not which keys were written: those writes may have reached the database.
				facts.clear();
			}

		};
	}

}

package org.childprotect.cases.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.childprotect.cases.ChildCase;
import org.jspecify.annotations.Nullable;

/**
 * What the duplicate check of one import job has read of candidate cases, and the cases the job itself stored,
 * kept for the job's later batches: in a large file the same common names come back batch after batch, and most
 * candidates are the job's own earlier rows, which it need not read back from the database. Bounded: the
 * {@value #CAPACITY} cases used last (some 400 bytes each); any other candidate is read as without a memory.
 * <p>
 * Lives as long as one job, minutes: a case a worker renamed meanwhile may still be compared by its former name,
 * which at worst flags a row for a person to look at, or does not.
 */
public final class CandidateMemory {

	static final int CAPACITY = 50_000;

	private final Map<String, LikelyMatches.Candidate<String>> byId = new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LikelyMatches.Candidate<String>> eldest) {
			return size() > CAPACITY;
		}

	};

	private final Function<ChildCase, LikelyMatches.Candidate<String>> scoredFields;

	CandidateMemory(Function<ChildCase, LikelyMatches.Candidate<String>> scoredFields) {
		this.scoredFields = scoredFields;
	}

	/**
	 * Cases filed in the index and being stored, or stored: later rows are compared with them without reading
	 * them back, also while they are not stored yet.
	 */
	public synchronized void remember(Collection<? extends ChildCase> cases) {
		cases.forEach(childCase -> byId.put(childCase.id().toString(), scoredFields.apply(childCase)));
	}

	/** Cases remembered but not stored after all: a later row finds them in the index but no longer here. */
	public synchronized void forget(Collection<String> caseIds) {
		caseIds.forEach(byId::remove);
	}

	synchronized LikelyMatches.@Nullable Candidate<String> recall(String caseId) {
		return byId.get(caseId);
	}

	synchronized void rememberAll(Map<String, LikelyMatches.Candidate<String>> read) {
		byId.putAll(read);
	}

}

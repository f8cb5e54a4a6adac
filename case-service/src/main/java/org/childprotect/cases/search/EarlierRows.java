package org.childprotect.cases.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of an import compared so far, held in memory to compare the next rows with: each under the index
 * entries its names would be filed under, with what scoring reads of it. {@link LikelyMatches#amongEarlier}
 * reads and extends it. An import keeps one per batch (earlier batches are stored and filed, so the index has
 * them), a dry run one for the whole file (it stores nothing): about 700 bytes a row, 70 MB at the default limit
 * of 100,000 rows (measured with names as skewed as a district's).
 */
public final class EarlierRows {

	/** Positions of the rows by entry id, as strings: the ids candidates are known by. */
	final Map<String, Set<String>> entries = new HashMap<>();

	final Map<String, LikelyMatches.Candidate<Integer>> candidates = new HashMap<>();

	private final List<Integer> rowNumbers = new ArrayList<>();

	/** How many rows it holds; the next row added gets this position. */
	public int size() {
		return rowNumbers.size();
	}

	/** The number in its file of the row added at this position. */
	public int rowNumber(int position) {
		return rowNumbers.get(position);
	}

	void add(int rowNumber, LikelyMatches.Candidate<Integer> candidate, Set<String> entryIds) {
		rowNumbers.add(rowNumber);
		candidates.put(candidate.id(), candidate);
		entryIds.forEach(entry -> entries.computeIfAbsent(entry, e -> new HashSet<>()).add(candidate.id()));
	}

}

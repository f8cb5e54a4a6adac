package org.childprotect.cases.imports;

import java.util.List;

/**
 * Finds stored cases that may be the same child as a row about to be imported: a name that sounds the same, a
 * birth year within the tolerance, the same district. Asked once per batch, so a file of a hundred thousand rows
 * costs a few hundred queries, not a hundred thousand. Flags only; nothing is ever merged.
 */
interface DuplicateCheck {

	/** For each probe, in the order given, the stored cases it may duplicate (best first, possibly none). */
	List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes);

	record Probe(String givenName, String familyName, int birthYear, String district) {
	}

}

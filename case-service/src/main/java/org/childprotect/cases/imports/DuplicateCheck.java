package org.childprotect.cases.imports;

import java.util.List;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.MatchQuery;

/**
 * Finds stored cases that may be the same child as a row about to be imported: a name that sounds the same, a
 * birth year within the tolerance, the same district. Asked once per batch, so a file of a hundred thousand rows
 * costs a few hundred queries, not a hundred thousand. Flags only; nothing is ever merged.
 */
interface DuplicateCheck {

	/** The check of one job's batches, in order. */
	Session forJob();

	/** Checks the batches of one job; it may keep what it read, and the cases the job stored, for later batches. */
	interface Session {

		/**
		 * For each probe, in the order given, the cases it may duplicate, best first, possibly none: stored cases,
		 * and the cases the probes before it in the same list are about to become.
		 *
		 * @param becoming the case each probe is about to register, in the same order; empty when no case is
		 * registered (a dry run), and then probes are compared with stored cases only
		 */
		List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes, List<ChildCase> becoming);

		/** Cases the job has just stored, which the rows of its later batches are compared with. */
		void stored(List<ChildCase> cases);

	}

	record Probe(String givenName, String familyName, int birthYear, String district) {

		MatchQuery query() {
			return new MatchQuery(givenName, familyName, birthYear, district);
		}

	}

}

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

	/**
	 * The check of one job's batches, in order.
	 *
	 * @param dryRun whether the job registers nothing: its rows are then compared with the file's earlier rows
	 * as such, since no case stands for them
	 */
	Session forJob(boolean dryRun);

	/** Checks the batches of one job; it may keep what it read, and the cases the job stored, for later batches. */
	interface Session {

		/**
		 * For each probe, in the order given, what it may duplicate, best first, possibly none: stored cases, the
		 * cases the probes before it in the same list are about to become, and in a dry run the file's earlier
		 * rows.
		 *
		 * @param becoming the case each probe is about to register, in the same order; empty in a dry run
		 */
		List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes, List<ChildCase> becoming);

		/**
		 * Cases whose search terms the job has filed and which it is storing: the rows of its later batches are
		 * compared with them, also before they are stored.
		 */
		void filed(List<ChildCase> cases);

		/** Cases filed but not stored after all (another import stored their forms): no row is compared with them. */
		void notStored(List<ChildCase> cases);

	}

	/** A row to check, with its number in the file. */
	record Probe(int row, String givenName, String familyName, int birthYear, String district) {

		MatchQuery query() {
			return new MatchQuery(givenName, familyName, birthYear, district);
		}

	}

}

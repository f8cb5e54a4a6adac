package org.childprotect.cases.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.CandidateMemory;
import org.childprotect.cases.search.DistrictMatch;
import org.childprotect.cases.search.EarlierMatch;
import org.childprotect.cases.search.EarlierRows;
import org.childprotect.cases.search.LikelyMatches;
import org.childprotect.cases.search.MatchQuery;
import org.springframework.stereotype.Component;

/**
 * Possible duplicates as the case search sees them ("search before create", the same rules a worker meets when
 * registering by hand): names matching exactly or by sound in any order, in the row's district, with a birth year
 * within the configured tolerance.
 */
@Component
class SearchDuplicateCheck implements DuplicateCheck {

	private final LikelyMatches likelyMatches;

	private final ImportProperties properties;

	SearchDuplicateCheck(LikelyMatches likelyMatches, ImportProperties properties) {
		this.likelyMatches = likelyMatches;
		this.properties = properties;
	}

	@Override
	public Session forJob(boolean dryRun) {
		CandidateMemory memory = likelyMatches.memory();
		// A dry run stores nothing, so its earlier batches are not in the index: it holds the whole file's rows.
		EarlierRows fileRows = dryRun ? new EarlierRows() : null;
		return new Session() {

			@Override
			public List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes, List<ChildCase> becoming) {
				List<List<ReportRow.PossibleMatch>> stored = SearchDuplicateCheck.this.possibleMatches(probes, memory);
				EarlierRows rows = fileRows != null ? fileRows : new EarlierRows();
				int first = rows.size();
				List<List<EarlierMatch>> earlier = likelyMatches.amongEarlier(probes.stream().map(Probe::query).toList(),
						probes.stream().map(Probe::row).toList(), rows);
				// A case to name when the rows become cases (those of this batch); an earlier row in a dry run.
				return withEarlierRows(stored, earlier, probes, match -> fileRows != null
						? ReportRow.PossibleMatch.ofRow(rows.rowNumber(match.position()), match.score())
						: ofCase(becoming.get(match.position() - first), match.score()));
			}

			@Override
			public void filed(List<ChildCase> cases) {
				memory.remember(cases);
			}

			@Override
			public void notStored(List<ChildCase> cases) {
				memory.forget(cases.stream().map(childCase -> childCase.id().toString()).toList());
			}

		};
	}

	private static ReportRow.PossibleMatch ofCase(ChildCase childCase, double score) {
		return ReportRow.PossibleMatch.ofCase(childCase.id().toString(), childCase.caseNumber().value(), score);
	}

	/**
	 * Adds to each probe's matches among stored cases those among the rows before it: two rows of one file for
	 * the same child are flagged, the later one, wherever the batches are cut.
	 */
	private List<List<ReportRow.PossibleMatch>> withEarlierRows(List<List<ReportRow.PossibleMatch>> stored,
			List<List<EarlierMatch>> earlier, List<Probe> probes,
			Function<EarlierMatch, ReportRow.PossibleMatch> named) {
		List<List<ReportRow.PossibleMatch>> all = new ArrayList<>(probes.size());
		for (int i = 0; i < probes.size(); i++) {
			int birthYear = probes.get(i).birthYear();
			List<ReportRow.PossibleMatch> inFile = earlier.get(i)
				.stream()
				.filter(match -> withinTolerance(match.birthYear(), birthYear))
				.map(named)
				.toList();
			all.add(inFile.isEmpty() ? stored.get(i)
					: Stream.concat(stored.get(i).stream(), inFile.stream())
						.sorted(Comparator.comparingDouble(ReportRow.PossibleMatch::score).reversed())
						.limit(LikelyMatches.MAX_MATCHES)
						.toList());
		}
		return all;
	}

	private boolean withinTolerance(int matchBirthYear, int birthYear) {
		return Math.abs(matchBirthYear - birthYear) <= properties.birthYearTolerance();
	}

	private List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes, CandidateMemory memory) {
		List<List<ReportRow.PossibleMatch>> all = new ArrayList<>(Collections.nCopies(probes.size(), List.of()));
		Map<String, List<Integer>> byDistrict = new LinkedHashMap<>();
		for (int i = 0; i < probes.size(); i++) {
			byDistrict.computeIfAbsent(probes.get(i).district(), district -> new ArrayList<>()).add(i);
		}
		// One batch lookup per district: a file is nearly always of one office, so usually one in all.
		byDistrict.forEach((district, positions) -> {
			List<MatchQuery> queries = positions.stream().map(i -> probes.get(i).query()).toList();
			List<List<DistrictMatch>> matches = likelyMatches.inDistricts(Set.of(district), queries, memory);
			for (int q = 0; q < positions.size(); q++) {
				int birthYear = probes.get(positions.get(q)).birthYear();
				all.set(positions.get(q), matches.get(q)
					.stream()
					.filter(match -> withinTolerance(match.birthYear(), birthYear))
					.map(match -> ReportRow.PossibleMatch.ofCase(match.caseId(), match.caseNumber(), match.score()))
					.toList());
			}
		});
		return all;
	}

}

package org.childprotect.cases.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.CandidateMemory;
import org.childprotect.cases.search.DistrictMatch;
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
	public Session forJob() {
		CandidateMemory memory = likelyMatches.memory();
		return new Session() {

			@Override
			public List<List<ReportRow.PossibleMatch>> possibleMatches(List<Probe> probes, List<ChildCase> becoming) {
				List<List<ReportRow.PossibleMatch>> stored = SearchDuplicateCheck.this.possibleMatches(probes, memory);
				return becoming.isEmpty() ? stored : withEarlierRows(stored, probes, becoming);
			}

			@Override
			public void stored(List<ChildCase> cases) {
				memory.remember(cases);
			}

		};
	}

	/**
	 * Adds to each probe's matches among stored cases those among the cases of the probes before it: two rows of
	 * one batch for the same child are flagged like two rows in different batches, the later one.
	 */
	private List<List<ReportRow.PossibleMatch>> withEarlierRows(List<List<ReportRow.PossibleMatch>> stored,
			List<Probe> probes, List<ChildCase> becoming) {
		List<List<DistrictMatch>> earlier = likelyMatches.amongEarlier(probes.stream().map(Probe::query).toList(),
				becoming);
		List<List<ReportRow.PossibleMatch>> all = new ArrayList<>(probes.size());
		for (int i = 0; i < probes.size(); i++) {
			List<ReportRow.PossibleMatch> inBatch = withinTolerance(earlier.get(i), probes.get(i).birthYear());
			all.add(inBatch.isEmpty() ? stored.get(i)
					: Stream.concat(stored.get(i).stream(), inBatch.stream())
						.sorted(Comparator.comparingDouble(ReportRow.PossibleMatch::score).reversed())
						.limit(LikelyMatches.MAX_MATCHES)
						.toList());
		}
		return all;
	}

	private List<ReportRow.PossibleMatch> withinTolerance(List<DistrictMatch> matches, int birthYear) {
		return matches.stream()
			.filter(match -> Math.abs(match.birthYear() - birthYear) <= properties.birthYearTolerance())
			.map(match -> new ReportRow.PossibleMatch(match.caseId(), match.caseNumber(), match.score()))
			.toList();
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
				all.set(positions.get(q), withinTolerance(matches.get(q), probes.get(positions.get(q)).birthYear()));
			}
		});
		return all;
	}

}

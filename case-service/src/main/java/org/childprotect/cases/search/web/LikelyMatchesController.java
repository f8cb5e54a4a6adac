package org.childprotect.cases.search.web;

import java.util.List;

import org.childprotect.cases.search.LikelyMatches;
import org.childprotect.cases.search.MatchQuery;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Search before create" over HTTP: the registration form asks while the worker types. */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('social-worker', 'supervisor')")
class LikelyMatchesController {

	private final LikelyMatches likelyMatches;

	LikelyMatchesController(LikelyMatches likelyMatches) {
		this.likelyMatches = likelyMatches;
	}

	/** Up to ten of the caller's cases that may be of the same child, best first; an empty list if none. */
	@GetMapping("/likely-matches")
	List<LikelyMatchResponse> likelyMatches(@RequestParam(required = false) @Nullable String givenName,
			@RequestParam(required = false) @Nullable String familyName,
			@RequestParam(required = false) @Nullable Integer birthYear,
			@RequestParam(required = false) @Nullable String district, Caller caller) {
		return likelyMatches.forCaller(caller, new MatchQuery(givenName, familyName, birthYear, district))
			.stream()
			.map(LikelyMatchResponse::of)
			.toList();
	}

}

package org.childprotect.cases.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseManagement;
import org.childprotect.cases.CaseNotFound;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.search.CaseQuery;
import org.childprotect.cases.search.CaseSearch;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases over HTTP, for social workers and supervisors only; which cases each of them sees is decided by
 * {@link CaseManagement}, not here.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasAnyRole('social-worker', 'supervisor')")
class CaseController {

	static final String ACCESS_REASON = "X-Access-Reason";

	private final CaseManagement cases;

	private final CaseResponses responses;

	private final CaseSearch search;

	CaseController(CaseManagement cases, CaseResponses responses, CaseSearch search) {
		this.cases = cases;
		this.responses = responses;
		this.search = search;
	}

	@PostMapping
	ResponseEntity<CaseDetails> register(@Valid @RequestBody RegisterCaseRequest request, Caller caller) {
		ChildCase registered = cases.register(request.toRegistration(), caller);
		return ResponseEntity.created(URI.create("/api/cases/" + registered.id()))
			.eTag(String.valueOf(CaseDetails.versionOf(registered)))
			.body(responses.details(registered, caller));
	}

	/**
	 * The caller's cases, newest first, or those matching {@code q} (case number, names, caregivers' names) and the
	 * filters; several values of one filter (repeated or comma-separated) mean any of them.
	 */
	@GetMapping
	CasePageResponse list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<String> stage,
			@RequestParam(required = false) @Nullable List<String> riskLevel,
			@RequestParam(required = false) @Nullable List<String> concern,
			@RequestParam(required = false) @Nullable List<String> district,
			@RequestParam(required = false) @Nullable String worker,
			@RequestParam(required = false) @Nullable String registeredFrom,
			@RequestParam(required = false) @Nullable String registeredTo,
			@RequestParam(required = false) @Nullable String sort, Caller caller) {
		CaseQuery query = CaseQuery.parse(q, stage, riskLevel, concern, district, worker, registeredFrom,
				registeredTo, sort);
		return CasePageResponse.of(search.search(query, caller, page, size));
	}

	/** A supervisor reading a case of a worker may say why in {@code X-Access-Reason}; it is audited. */
	@GetMapping("/{id}")
	ResponseEntity<CaseDetails> find(@PathVariable String id,
			@RequestHeader(name = ACCESS_REASON, required = false) @Nullable String accessReason, Caller caller) {
		return responses.ok(cases.find(parse(id), caller, accessReason), caller);
	}

	/** A malformed id names no case at all: answered like any other case the caller cannot see. */
	private static CaseId parse(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException notAUuid) {
			throw new CaseNotFound(id);
		}
	}

}

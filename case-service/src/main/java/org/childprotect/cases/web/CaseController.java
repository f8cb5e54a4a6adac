package org.childprotect.cases.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseManagement;
import org.childprotect.cases.CaseNotFound;
import org.childprotect.cases.ChildCase;
import org.childprotect.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	private final CaseManagement cases;

	private final Clock clock;

	CaseController(CaseManagement cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<CaseDetails> register(@Valid @RequestBody RegisterCaseRequest request, Caller caller) {
		ChildCase registered = cases.register(request.toRegistration(), caller);
		return ResponseEntity.created(URI.create("/api/cases/" + registered.id()))
			.eTag(String.valueOf(CaseDetails.versionOf(registered)))
			.body(CaseDetails.of(registered, today()));
	}

	@GetMapping
	CasePageResponse list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Caller caller) {
		return CasePageResponse.of(cases.list(caller, page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<CaseDetails> find(@PathVariable String id, Caller caller) {
		ChildCase found = cases.find(parse(id), caller);
		return ResponseEntity.ok()
			.eTag(String.valueOf(CaseDetails.versionOf(found)))
			.body(CaseDetails.of(found, today()));
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

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}

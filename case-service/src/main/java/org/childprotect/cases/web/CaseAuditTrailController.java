package org.childprotect.cases.web;

import java.time.Instant;
import java.util.List;

import org.childprotect.cases.CaseAuditTrail;
import org.childprotect.cases.audit.AuditEntry;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's audit trail, newest first, with whether the whole trail's hash chain still verifies. */
@RestController
@PreAuthorize("hasAnyRole('supervisor', 'admin')")
class CaseAuditTrailController {

	private final CaseAuditTrail trail;

	CaseAuditTrailController(CaseAuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/cases/{id}/audit-trail")
	AuditTrailResponse auditTrail(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Caller caller) {
		CaseAuditTrail.Page found = trail.trailOf(CaseResponses.caseId(id), caller, page, size);
		return new AuditTrailResponse(found.entries().stream().map(EntryView::of).toList(), found.page(),
				found.size(), found.totalElements(), found.totalPages(), found.chainValid());
	}

	record AuditTrailResponse(List<EntryView> content, int page, int size, long totalElements, int totalPages,
			boolean chainValid) {
	}

	/** Who did what when, which sections, and why if they said; never a value of the case. */
	record EntryView(long sequence, Instant at, String by, String action, List<String> sections,
			@Nullable String reason) {

		static EntryView of(AuditEntry entry) {
			return new EntryView(entry.sequence(), entry.at(), entry.actorUsername(), entry.action().name(),
					entry.sections(), entry.reason());
		}

	}

}

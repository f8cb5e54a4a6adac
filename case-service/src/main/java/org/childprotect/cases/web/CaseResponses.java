package org.childprotect.cases.web;

import java.time.Clock;
import java.time.LocalDate;

import org.childprotect.cases.CaseHistory;
import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseNotFound;
import org.childprotect.cases.ChildCase;
import org.childprotect.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Answers with a whole case and its version as ETag, the way every read and write of a case answers. */
@Component
class CaseResponses {

	private final CaseHistory history;

	private final Clock clock;

	CaseResponses(CaseHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	ResponseEntity<CaseDetails> ok(ChildCase childCase, Caller viewer) {
		return ResponseEntity.ok()
			.eTag(String.valueOf(CaseDetails.versionOf(childCase)))
			.body(details(childCase, viewer));
	}

	CaseDetails details(ChildCase childCase, Caller viewer) {
		return CaseDetails.of(childCase, viewer, history.timelineOf(childCase.id()), LocalDate.now(clock));
	}

	/** A malformed id names no case at all: answered like any other case the caller cannot see. */
	static CaseId caseId(String id) {
		try {
			return CaseId.of(id);
		}
		catch (IllegalArgumentException notAUuid) {
			throw new CaseNotFound(id);
		}
	}

}

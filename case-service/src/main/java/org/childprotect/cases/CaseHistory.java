package org.childprotect.cases;

import java.util.List;

import org.childprotect.cases.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * A case's timeline, taken from the audit trail rather than kept in the case, so it cannot disagree with the
 * record of who did what. Shows changes only; who merely looked is in the full audit trail.
 */
@Component
public class CaseHistory {

	public static final int TIMELINE_LIMIT = 50;

	private final AuditTrail auditTrail;

	CaseHistory(AuditTrail auditTrail) {
		this.auditTrail = auditTrail;
	}

	/** The latest changes, newest first; the caller must already have been allowed to see the case. */
	public List<TimelineEntry> timelineOf(CaseId id) {
		return auditTrail.changesOfCase(id.toString(), TIMELINE_LIMIT)
			.stream()
			.map(entry -> new TimelineEntry(entry.at(), entry.actorUsername(), entry.action().name()))
			.toList();
	}

}

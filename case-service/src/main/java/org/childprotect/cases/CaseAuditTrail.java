package org.childprotect.cases;

import java.util.List;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Who did what to a case, for the supervisors of its district and for administrators. The trail holds no case
 * content, so an administrator (who cannot read cases) may read it; a supervisor of another district learns
 * nothing, not even that the case exists.
 */
@Service
public class CaseAuditTrail {

	private final Cases cases;

	private final AuditTrail auditTrail;

	CaseAuditTrail(Cases cases, AuditTrail auditTrail) {
		this.cases = cases;
		this.auditTrail = auditTrail;
	}

	public Page trailOf(CaseId id, Caller caller, int page, int size) {
		if (page < 0) {
			throw InvalidCaseInput.of("page", "must be 0 or more");
		}
		if (size < 1) {
			throw InvalidCaseInput.of("size", "must be 1 or more");
		}
		int capped = Math.min(size, CaseManagement.MAX_PAGE_SIZE);
		ChildCase childCase = cases.byId(id)
			.filter(found -> caller.hasRole(Caller.ADMIN)
					|| (caller.hasRole(Caller.SUPERVISOR) && CaseScope.of(caller).covers(found)))
			.orElseThrow(() -> new CaseNotFound(id));
		String caseId = childCase.id().toString();
		// Recorded first, so the trail a reader sees includes their own reading of it.
		auditTrail.record(caller, AuditAction.AUDIT_TRAIL_VIEWED, List.of(caseId), List.of("auditTrail"));
		List<AuditEntry> entries = auditTrail.ofCase(caseId, page, capped);
		return new Page(entries, page, capped, auditTrail.countOfCase(caseId), auditTrail.verify().intact());
	}

	/**
	 * @param chainValid whether the whole trail (not only this case's entries) still verifies: an edited or
	 * deleted entry anywhere breaks it
	 */
	public record Page(List<AuditEntry> entries, int page, int size, long totalElements, boolean chainValid) {

		public int totalPages() {
			return (int) ((totalElements + size - 1) / size);
		}

	}

}

package org.childprotect.cases;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.childprotect.cases.InvalidCaseInput.Violation;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The case use cases. Every one checks the caller's scope and leaves a line in the audit trail, whichever door
 * (HTTP today, imports tomorrow) it was called through.
 */
@Service
public class CaseManagement {

	/** The parts of a record a full read shows, named in the audit trail. */
	static final List<String> FULL_RECORD = List.of("identity", "registration", "location", "caregivers", "source",
			"concerns", "risk", "ownership", "stage", "assessment", "casePlan", "services", "followUps", "closure",
			"consents", "notes", "approvals", "referrals", "timeline");

	/** The parts of a record a list row shows. */
	static final List<String> LIST_ROW = List.of("identity", "location", "risk", "ownership");

	public static final int MAX_PAGE_SIZE = 100;

	private final Cases cases;

	private final CaseNumbers caseNumbers;

	private final ReferenceData referenceData;

	private final EventEnvelopes envelopes;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final MeterRegistry meters;

	CaseManagement(Cases cases, CaseNumbers caseNumbers, ReferenceData referenceData, EventEnvelopes envelopes,
			AuditTrail auditTrail, Clock clock, MeterRegistry meters) {
		this.cases = cases;
		this.caseNumbers = caseNumbers;
		this.referenceData = referenceData;
		this.envelopes = envelopes;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Opens a case: one insert writes the case and its {@link CaseRegistered} event together; the outbox relay
	 * publishes the event afterwards, so registration works while Kafka is down.
	 */
	public ChildCase register(Registration registration, Caller caller) {
		ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		registration.child().requirePlausibleOn(now.toLocalDate());
		requireKnownCodes(registration);
		// After the code check, so a mistyped district reads as a fixable field error rather than "forbidden".
		if (!CaseScope.mayRegister(caller, registration.district())) {
			throw new RegistrationNotAllowed(registration.district());
		}
		CaseNumber number = caseNumbers.next(registration.district(), now.getYear());
		ChildCase opened = ChildCase.register(CaseId.random(), number, registration, Ownership.registeredBy(caller),
				now, envelopes);
		opened.scheduleAssessment(opened.registeredAt(), AssessmentDeadlines.of(referenceData.assessmentDeadlines()));
		ChildCase registered = cases.insert(opened);
		auditTrail.record(caller, AuditAction.CASE_REGISTERED, List.of(registered.id().toString()), FULL_RECORD);
		Counter.builder("childprotect.cases.registered")
			.description("Cases registered")
			.tag("district", registered.district())
			.register(meters)
			.increment();
		return registered;
	}

	/** One case, if the caller may see it; otherwise {@link CaseNotFound}, never a hint that it exists. */
	public ChildCase find(CaseId id, Caller caller) {
		return find(id, caller, null);
	}

	/**
	 * As {@link #find(CaseId, Caller)}; a supervisor reading a case they neither registered nor work may say why
	 * ({@code accessReason}), and the audit trail keeps it with the read.
	 */
	public ChildCase find(CaseId id, Caller caller, @Nullable String accessReason) {
		CaseScope scope = CaseScope.of(caller);
		ChildCase found = cases.byId(id).filter(scope::covers).orElseThrow(() -> new CaseNotFound(id));
		String reason = caller.hasRole(Caller.SUPERVISOR) && !found.isOwnedOrWorkedBy(caller.userId())
				? FreeText.optional("X-Access-Reason", accessReason, AuditEntry.MAX_REASON) : null;
		auditTrail.record(caller, AuditAction.CASE_VIEWED, List.of(found.id().toString()), FULL_RECORD, reason);
		return found;
	}

	/** The caller's cases, newest first; the audit trail records exactly which cases were shown. */
	public CasePage list(Caller caller, int page, int size) {
		if (page < 0) {
			throw InvalidCaseInput.of("page", "must be 0 or more");
		}
		if (size < 1) {
			throw InvalidCaseInput.of("size", "must be 1 or more");
		}
		CasePage result = cases.visibleTo(CaseScope.of(caller), page, Math.min(size, MAX_PAGE_SIZE));
		auditTrail.record(caller, AuditAction.CASES_LISTED,
				result.content().stream().map(c -> c.id().toString()).toList(), LIST_ROW);
		return result;
	}

	private void requireKnownCodes(Registration registration) {
		List<Violation> violations = new ArrayList<>();
		if (!referenceData.isDistrict(registration.district())) {
			violations.add(new Violation("district", "is not a known district code"));
		}
		Set<String> unknown = referenceData.unknownConcerns(registration.concerns());
		if (!unknown.isEmpty()) {
			// Codes, unlike names, are not personal data and help the client fix its form.
			violations.add(new Violation("concerns", "unknown concern codes: " + String.join(", ", unknown)));
		}
		if (!violations.isEmpty()) {
			throw new InvalidCaseInput(violations);
		}
	}

}

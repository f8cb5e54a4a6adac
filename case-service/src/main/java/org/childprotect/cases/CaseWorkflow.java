package org.childprotect.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.childprotect.cases.InvalidCaseInput.Violation;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The casework commands on an existing case. Each one loads the case within the caller's scope (404 outside
 * it), refuses a change based on a stale version (409), lets the aggregate apply it (which refuses moves its
 * state does not allow), stores state and events in one conditional single-document update, and records the
 * sections touched in the audit trail.
 */
@Service
public class CaseWorkflow {

	private final Cases cases;

	private final ReferenceData referenceData;

	private final EventEnvelopes envelopes;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final WorkflowProperties properties;

	CaseWorkflow(Cases cases, ReferenceData referenceData, EventEnvelopes envelopes, AuditTrail auditTrail,
			Clock clock, WorkflowProperties properties) {
		this.cases = cases;
		this.referenceData = referenceData;
		this.envelopes = envelopes;
		this.auditTrail = auditTrail;
		this.clock = clock;
		this.properties = properties;
	}

	public ChildCase editRegistration(CaseId id, long version, RegistrationDetails.Change change, Caller caller) {
		List<String> sections = change.sections().isEmpty() ? List.of("registration") : change.sections();
		return change(id, version, caller, AuditAction.REGISTRATION_EDITED, sections,
				(childCase, context) -> childCase.editRegistration(withKnownCodes(change)));
	}

	public ChildCase changeRisk(CaseId id, long version, @Nullable RiskLevel level, @Nullable String reason,
			Caller caller) {
		return change(id, version, caller, AuditAction.RISK_CHANGED, List.of("risk"),
				(childCase, context) -> childCase.changeRisk(level, reason, deadlines(), context));
	}

	public ChildCase assess(CaseId id, long version, @Nullable List<Assessment.Need> needs,
			@Nullable RiskLevel level, @Nullable String riskReason, Caller caller) {
		if (needs != null) {
			requireKnown(ReferenceCode.NEED_DOMAINS, "needs", needs.stream().map(Assessment.Need::domain).toList());
		}
		return change(id, version, caller, AuditAction.ASSESSMENT_COMPLETED, List.of("assessment", "risk", "stage"),
				(childCase, context) -> childCase.assess(needs, level, riskReason, context));
	}

	public ChildCase proposePlan(CaseId id, long version, @Nullable List<CasePlan.GoalDraft> goals,
			@Nullable LocalDate reviewDate, Caller caller) {
		return change(id, version, caller, AuditAction.CASE_PLAN_SAVED, List.of("casePlan", "approvals"),
				(childCase, context) -> childCase.proposePlan(goals, reviewDate, properties.maxPlanReview(), context));
	}

	public ChildCase markPlanAction(CaseId id, long version, String actionId, boolean done, Caller caller) {
		return change(id, version, caller, AuditAction.CASE_PLAN_ACTION_UPDATED, List.of("casePlan"),
				(childCase, context) -> childCase.markPlanAction(actionId, done));
	}

	public ChildCase recordService(CaseId id, long version, @Nullable String serviceType, @Nullable String provider,
			ServiceRecord.@Nullable Status status, @Nullable LocalDate plannedOn, @Nullable LocalDate deliveredOn,
			Caller caller) {
		if (serviceType != null) {
			requireKnown(ReferenceCode.SERVICE_TYPES, "serviceType", List.of(serviceType));
		}
		return change(id, version, caller, AuditAction.SERVICE_RECORDED, List.of("services"),
				(childCase, context) -> childCase.recordService(serviceType, provider, status, plannedOn, deliveredOn,
						context));
	}

	public ChildCase updateService(CaseId id, long version, String serviceId, ServiceRecord.@Nullable Status status,
			@Nullable LocalDate deliveredOn, Caller caller) {
		return change(id, version, caller, AuditAction.SERVICE_UPDATED, List.of("services"),
				(childCase, context) -> childCase.updateService(serviceId, status, deliveredOn, context));
	}

	public ChildCase recordFollowUp(CaseId id, long version, @Nullable LocalDate date, FollowUp.@Nullable Kind kind,
			@Nullable String outcome, @Nullable LocalDate nextDate, Caller caller) {
		return change(id, version, caller, AuditAction.FOLLOW_UP_RECORDED, List.of("followUps", "stage"),
				(childCase, context) -> childCase.recordFollowUp(date, kind, outcome, nextDate, context));
	}

	public ChildCase requestClosure(CaseId id, long version, @Nullable String reason,
			Closure.@Nullable Checklist checklist, @Nullable String comment, Caller caller) {
		if (reason != null) {
			requireKnown(ReferenceCode.CLOSURE_REASONS, "reason", List.of(reason));
		}
		return change(id, version, caller, AuditAction.CLOSURE_REQUESTED, List.of("closure", "approvals", "stage"),
				(childCase, context) -> childCase.requestClosure(reason, checklist, comment, context));
	}

	/** A supervisor of the case's district decides a pending plan or closure; never their own request. */
	public ChildCase decide(CaseId id, long version, String approvalId, Approval.@Nullable Decision decision,
			@Nullable String comment, Caller caller) {
		return change(id, version, caller, AuditAction.APPROVAL_DECIDED, List.of("approvals", "stage"),
				(childCase, context) -> {
					requireDistrictSupervisor(childCase, caller, "decide on requests");
					childCase.decide(approvalId, decision, comment, context);
				});
	}

	public ChildCase reopen(CaseId id, long version, @Nullable String reason, Caller caller) {
		return change(id, version, caller, AuditAction.CASE_REOPENED, List.of("stage", "closure", "assessment"),
				(childCase, context) -> {
					requireDistrictSupervisor(childCase, caller, "reopen cases");
					childCase.reopen(reason, deadlines(), context);
				});
	}

	public ChildCase assign(CaseId id, long version, @Nullable String workerUserId, @Nullable String workerUsername,
			Caller caller) {
		String userId = FreeText.required("workerUserId", workerUserId, 100);
		String username = FreeText.required("workerUsername", workerUsername, 100);
		return change(id, version, caller, AuditAction.CASE_ASSIGNED, List.of("ownership"),
				(childCase, context) -> {
					requireDistrictSupervisor(childCase, caller, "assign cases");
					childCase.assign(new Worker(userId, username), context);
				});
	}

	public ChildCase recordConsent(CaseId id, long version, Consent.@Nullable Purpose purpose,
			Consent.@Nullable Giver givenBy, @Nullable LocalDate givenOn, Caller caller) {
		return change(id, version, caller, AuditAction.CONSENT_RECORDED, List.of("consents"),
				(childCase, context) -> childCase.recordConsent(purpose, givenBy, givenOn, context));
	}

	public ChildCase withdrawConsent(CaseId id, long version, String consentId, @Nullable LocalDate withdrawnOn,
			Caller caller) {
		return change(id, version, caller, AuditAction.CONSENT_WITHDRAWN, List.of("consents"),
				(childCase, context) -> childCase.withdrawConsent(consentId, withdrawnOn, context));
	}

	public ChildCase addNote(CaseId id, long version, @Nullable String text, boolean sensitive, Caller caller) {
		return change(id, version, caller, AuditAction.NOTE_ADDED, List.of("notes"),
				(childCase, context) -> childCase.addNote(text, sensitive, context));
	}

	private ChildCase change(CaseId id, long expectedVersion, Caller caller, AuditAction action,
			List<String> sections, BiConsumer<ChildCase, ChangeContext> command) {
		ChildCase current = cases.byId(id).filter(CaseScope.of(caller)::covers).orElseThrow(() -> new CaseNotFound(id));
		long currentVersion = current.version() == null ? 0 : current.version();
		if (currentVersion != expectedVersion) {
			throw new StaleCase(expectedVersion, currentVersion);
		}
		ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		command.accept(current, new ChangeContext(Worker.of(caller), now, envelopes));
		ChildCase saved = cases.update(current);
		auditTrail.record(caller, action, List.of(id.toString()), sections);
		return saved;
	}

	private static void requireDistrictSupervisor(ChildCase childCase, Caller caller, String what) {
		if (!caller.hasRole(Caller.SUPERVISOR) || !caller.coversDistrict(childCase.district())) {
			throw new ActionNotPermitted("Only a supervisor of the case's district may " + what + ".");
		}
	}

	private AssessmentDeadlines deadlines() {
		return AssessmentDeadlines.of(referenceData.assessmentDeadlines());
	}

	/** Checks the codes of a registration edit and completes the location's region from its district. */
	private RegistrationDetails.Change withKnownCodes(RegistrationDetails.Change change) {
		List<Violation> violations = new ArrayList<>();
		if (change.source() != null && !change.source().isBlank()
				&& !referenceData.isCode(ReferenceCode.SOURCES, change.source().strip())) {
			violations.add(new Violation("source", "is not a known source code"));
		}
		RegistrationDetails.Location location = change.location();
		if (location != null) {
			String region = referenceData.regionOf(location.district()).orElse(null);
			if (region == null) {
				violations.add(new Violation("location.district", "is not a known district code"));
			}
			else {
				if (location.region() != null && !location.region().equals(region)) {
					violations.add(new Violation("location.region", "is not the region of the district"));
				}
				if (location.commune() != null && !referenceData.isCommuneOf(location.commune(), location.district())) {
					violations.add(new Violation("location.commune", "is not a known commune of the district"));
				}
				location = location.inRegion(region);
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidCaseInput(violations);
		}
		return new RegistrationDetails.Change(change.otherNames(), change.nationality(), change.languages(),
				change.disability(), location, change.caregivers(), change.source());
	}

	private void requireKnown(String list, String field, List<String> codes) {
		Set<String> unknown = referenceData.unknownCodes(list, codes);
		if (!unknown.isEmpty()) {
			// Codes are reference data, not personal data, and help the client fix its form.
			throw InvalidCaseInput.of(field, "unknown codes: " + String.join(", ", unknown));
		}
	}

}

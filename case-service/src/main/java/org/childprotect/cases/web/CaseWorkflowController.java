package org.childprotect.cases.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.childprotect.cases.CaseWorkflow;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.ReferralSnapshots;
import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.web.CaseWorkflowRequests.AssessmentBody;
import org.childprotect.cases.web.CaseWorkflowRequests.AssignmentBody;
import org.childprotect.cases.web.CaseWorkflowRequests.CasePlanBody;
import org.childprotect.cases.web.CaseWorkflowRequests.ClosureBody;
import org.childprotect.cases.web.CaseWorkflowRequests.ConsentBody;
import org.childprotect.cases.web.CaseWorkflowRequests.DecisionBody;
import org.childprotect.cases.web.CaseWorkflowRequests.FollowUpBody;
import org.childprotect.cases.web.CaseWorkflowRequests.NoteBody;
import org.childprotect.cases.web.CaseWorkflowRequests.PlanActionUpdate;
import org.childprotect.cases.web.CaseWorkflowRequests.RegistrationEdit;
import org.childprotect.cases.web.CaseWorkflowRequests.ReopenBody;
import org.childprotect.cases.web.CaseWorkflowRequests.RiskChange;
import org.childprotect.cases.web.CaseWorkflowRequests.ServiceBody;
import org.childprotect.cases.web.CaseWorkflowRequests.ServiceUpdate;
import org.childprotect.cases.web.CaseWorkflowRequests.WithdrawalBody;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The casework on one case. Every write needs {@code If-Match} with the version last read and answers the whole
 * case with its new {@code ETag}. Roles are checked here; scope, state and version by the use cases.
 */
@RestController
@RequestMapping("/api/cases/{id}")
@PreAuthorize("hasAnyRole('social-worker', 'supervisor')")
class CaseWorkflowController {

	private final CaseWorkflow workflow;

	private final ReferralSnapshots snapshots;

	private final CaseResponses responses;

	CaseWorkflowController(CaseWorkflow workflow, ReferralSnapshots snapshots, CaseResponses responses) {
		this.workflow = workflow;
		this.snapshots = snapshots;
		this.responses = responses;
	}

	@PatchMapping("/registration")
	ResponseEntity<CaseDetails> editRegistration(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody RegistrationEdit body, Caller caller) {
		return answer(workflow.editRegistration(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.toChange(),
				caller), caller);
	}

	@PostMapping("/risk")
	ResponseEntity<CaseDetails> changeRisk(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody RiskChange body, Caller caller) {
		return answer(workflow.changeRisk(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.riskLevel(),
				body.reason(), caller), caller);
	}

	@PostMapping("/assessment")
	ResponseEntity<CaseDetails> assess(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody AssessmentBody body, Caller caller) {
		return answer(workflow.assess(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.toNeeds(),
				body.riskLevel(), body.riskReason(), caller), caller);
	}

	@PutMapping("/case-plan")
	ResponseEntity<CaseDetails> proposePlan(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody CasePlanBody body, Caller caller) {
		return answer(workflow.proposePlan(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.toDrafts(),
				body.reviewDate(), caller), caller);
	}

	@PatchMapping("/case-plan/actions/{actionId}")
	ResponseEntity<CaseDetails> markPlanAction(@PathVariable String id, @PathVariable String actionId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody PlanActionUpdate body, Caller caller) {
		return answer(workflow.markPlanAction(CaseResponses.caseId(id), IfMatch.version(ifMatch), actionId,
				Boolean.TRUE.equals(body.done()), caller), caller);
	}

	@PostMapping("/services")
	ResponseEntity<CaseDetails> recordService(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ServiceBody body, Caller caller) {
		return answer(workflow.recordService(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.serviceType(),
				body.provider(), body.status(), body.plannedOn(), body.deliveredOn(), caller), caller);
	}

	@PatchMapping("/services/{serviceId}")
	ResponseEntity<CaseDetails> updateService(@PathVariable String id, @PathVariable String serviceId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ServiceUpdate body, Caller caller) {
		return answer(workflow.updateService(CaseResponses.caseId(id), IfMatch.version(ifMatch), serviceId,
				body.status(), body.deliveredOn(), caller), caller);
	}

	@PostMapping("/follow-ups")
	ResponseEntity<CaseDetails> recordFollowUp(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody FollowUpBody body, Caller caller) {
		return answer(workflow.recordFollowUp(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.date(),
				body.kind(), body.outcome(), body.nextDate(), caller), caller);
	}

	@PostMapping("/closure-request")
	ResponseEntity<CaseDetails> requestClosure(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ClosureBody body, Caller caller) {
		return answer(workflow.requestClosure(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.reason(),
				body.checklist() == null ? null : body.checklist().toChecklist(), body.comment(), caller), caller);
	}

	@PostMapping("/approvals/{approvalId}/decision")
	@PreAuthorize("hasRole('supervisor')")
	ResponseEntity<CaseDetails> decide(@PathVariable String id, @PathVariable String approvalId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody DecisionBody body, Caller caller) {
		return answer(workflow.decide(CaseResponses.caseId(id), IfMatch.version(ifMatch), approvalId,
				body.decision(), body.comment(), caller), caller);
	}

	@PostMapping("/reopen")
	@PreAuthorize("hasRole('supervisor')")
	ResponseEntity<CaseDetails> reopen(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ReopenBody body, Caller caller) {
		return answer(workflow.reopen(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.reason(), caller),
				caller);
	}

	@PostMapping("/assignment")
	@PreAuthorize("hasRole('supervisor')")
	ResponseEntity<CaseDetails> assign(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody AssignmentBody body, Caller caller) {
		return answer(workflow.assign(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.workerUserId(),
				body.workerUsername(), caller), caller);
	}

	@PostMapping("/consents")
	ResponseEntity<CaseDetails> recordConsent(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody ConsentBody body, Caller caller) {
		return answer(workflow.recordConsent(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.purpose(),
				body.givenBy(), body.givenOn(), caller), caller);
	}

	@PostMapping("/consents/{consentId}/withdrawal")
	ResponseEntity<CaseDetails> withdrawConsent(@PathVariable String id, @PathVariable String consentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody(required = false) @Nullable WithdrawalBody body, Caller caller) {
		return answer(workflow.withdrawConsent(CaseResponses.caseId(id), IfMatch.version(ifMatch), consentId,
				body == null ? null : body.withdrawnOn(), caller), caller);
	}

	@PostMapping("/notes")
	ResponseEntity<CaseDetails> addNote(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody NoteBody body, Caller caller) {
		return answer(workflow.addNote(CaseResponses.caseId(id), IfMatch.version(ifMatch), body.text(),
				body.sensitive(), caller), caller);
	}

	/**
	 * What a referral for the service type may share, for the referral service (called with the worker's token).
	 * Without a referral consent in force, {@code snapshot} is empty, unless a supervisor of the district overrides
	 * the missing consent for a referral ({@code consentOverride=true&referralId=...}) whose justification the
	 * referral service keeps.
	 */
	@GetMapping("/referral-snapshot")
	SnapshotResponse referralSnapshot(@PathVariable String id, @RequestParam(required = false) @Nullable String serviceType,
			@RequestParam(defaultValue = "false") boolean consentOverride,
			@RequestParam(required = false) @Nullable String referralId, Caller caller) {
		ReferralSnapshots.ReferralSnapshot shared = snapshots.snapshotFor(CaseResponses.caseId(id), serviceType,
				caller, consentOverride ? overriddenReferral(referralId) : null);
		ChildCase c = shared.childCase();
		return new SnapshotResponse(c.id().toString(), c.caseNumber().value(), c.district(), c.ownerAgency(),
				c.riskLevel(), new SnapshotResponse.ConsentState(shared.referralConsent(), shared.consentOverridden()),
				shared.snapshot());
	}

	/** An override must name the referral it documents, so both audit trails can be joined. */
	private static UUID overriddenReferral(@Nullable String referralId) {
		try {
			return UUID.fromString(referralId == null ? "" : referralId);
		}
		catch (IllegalArgumentException notAnId) {
			throw InvalidCaseInput.of("referralId", "must name the referral (a UUID) whose consent override this is");
		}
	}

	private ResponseEntity<CaseDetails> answer(ChildCase changed, Caller caller) {
		return responses.ok(changed, caller);
	}

	record SnapshotResponse(String caseId, String caseNumber, String district, @Nullable String ownerAgency,
			RiskLevel riskLevel, ConsentState consent, Map<String, @Nullable Object> snapshot) {

		/** @param override shared without consent on a supervisor's documented override */
		record ConsentState(boolean referral, boolean override) {
		}

	}

}

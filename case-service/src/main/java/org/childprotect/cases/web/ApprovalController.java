package org.childprotect.cases.web;

import java.time.Instant;
import java.util.List;

import org.childprotect.cases.Approval;
import org.childprotect.cases.ApprovalInbox;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's approvals inbox across their districts, oldest request first. */
@RestController
@PreAuthorize("hasRole('supervisor')")
class ApprovalController {

	private final ApprovalInbox inbox;

	ApprovalController(ApprovalInbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/approvals")
	List<ApprovalItem> approvals(@RequestParam(defaultValue = "PENDING") Approval.Status status, Caller caller) {
		return inbox.approvals(caller, status).stream().map(ApprovalItem::of).toList();
	}

	/** @param mayDecide false for the caller's own requests (another supervisor decides them) and decided ones */
	record ApprovalItem(String caseId, String caseNumber, String district, String approvalId, Approval.Kind kind,
			Approval.Status status, String requestedBy, Instant requestedAt, @Nullable String decidedBy,
			@Nullable Instant decidedAt, @Nullable String comment, boolean mayDecide) {

		static ApprovalItem of(ApprovalInbox.Item item) {
			Approval approval = item.approval();
			return new ApprovalItem(item.caseId(), item.caseNumber(), item.district(), approval.id(), approval.kind(),
					approval.status(), approval.requestedBy().username(), approval.requestedAt(),
					approval.decidedBy() == null ? null : approval.decidedBy().username(), approval.decidedAt(),
					approval.comment(), item.mayDecide());
		}

	}

}

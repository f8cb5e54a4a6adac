package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** A supervisor's inbox: the plans and closures of their districts awaiting (or having had) a decision. */
@Service
public class ApprovalInbox {

	private final MongoTemplate mongo;

	private final AuditTrail auditTrail;

	ApprovalInbox(MongoTemplate mongo, AuditTrail auditTrail) {
		this.mongo = mongo;
		this.auditTrail = auditTrail;
	}

	/** Requests with the given status in the caller's districts, oldest first. */
	public List<Item> approvals(Caller caller, Approval.Status status) {
		if (!caller.hasRole(Caller.SUPERVISOR)) {
			throw new ActionNotPermitted("Only supervisors have an approvals inbox.");
		}
		Query withRequests = query(where("district").in(caller.districts()).and("approvals.status").is(status));
		withRequests.fields().exclude("notes").exclude("outbox");
		List<Item> items = new ArrayList<>();
		CaseScope visible = CaseScope.of(caller);
		for (ChildCase childCase : mongo.find(withRequests, ChildCase.class)) {
			if (!visible.covers(childCase)) {
				// The district's cases that another agency took over are that agency's to decide.
				continue;
			}
			childCase.approvals()
				.stream()
				.filter(approval -> approval.status() == status)
				.forEach(approval -> items.add(new Item(childCase.id().toString(), childCase.caseNumber().value(),
						childCase.district(), approval,
						approval.isPending() && !approval.requestedBy().userId().equals(caller.userId()))));
		}
		items.sort(Comparator.comparing((Item item) -> item.approval().requestedAt()).thenComparing(Item::caseNumber));
		auditTrail.record(caller, AuditAction.APPROVALS_LISTED, items.stream().map(Item::caseId).distinct().toList(),
				List.of("approvals"));
		return items;
	}

	/** @param mayDecide false for decided requests and for the caller's own, which another supervisor decides */
	public record Item(String caseId, String caseNumber, String district, Approval approval, boolean mayDecide) {
	}

}

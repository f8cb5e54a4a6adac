package org.childprotect.e2e;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case's whole life through the gateway with real tokens: a social worker registers, assesses, plans, records a
 * service and a follow-up and requests closure; the district supervisor approves plan and closure; the case is
 * closed and reopened. Stale writes and self-approval are refused.
 */
class CaseWorkflowEndToEndTests {

	private final String worker = Tokens.of("worker.pp");

	private final String supervisor = Tokens.of("supervisor.pp");

	@Test
	void aCaseGoesFromRegistrationToClosureAndIsReopened() {
		Http.Response current = register();
		String id = current.json().get("id").asString();
		String today = LocalDate.now().toString();

		current = expectOk(Http.write("POST", "/api/cases/" + id + "/assessment", worker, current.etag(),
				Map.of("needs", List.of(Map.of("domain", "SAFETY", "level", "HIGH"),
						Map.of("domain", "PSYCHOSOCIAL", "level", "MEDIUM")), "riskLevel", "HIGH",
						"riskReason", "Contacted by an adult online")));
		assertThat(current.json().get("stage").asString()).isEqualTo("CASE_PLAN");

		current = expectOk(Http.write("PUT", "/api/cases/" + id + "/case-plan", worker, current.etag(),
				Map.of("goals", List.of(Map.of("description", "The child is safe online", "actions",
						List.of(Map.of("description", "Counselling sessions", "responsible", "worker.pp",
								"dueDate", LocalDate.now().plusWeeks(2).toString())))))));
		String planApproval = pendingApproval(current.json(), "CASE_PLAN");

		current = expectOk(Http.write("POST", "/api/cases/" + id + "/approvals/" + planApproval + "/decision",
				supervisor, current.etag(), Map.of("decision", "APPROVE", "comment", "Good plan")));
		assertThat(current.json().get("stage").asString()).isEqualTo("SERVICES");

		current = expectOk(Http.write("POST", "/api/cases/" + id + "/services", worker, current.etag(),
				Map.of("serviceType", firstCode("serviceTypes"), "provider", "AG-HELPLINE", "status", "DELIVERED",
						"deliveredOn", today)));
		current = expectOk(Http.write("POST", "/api/cases/" + id + "/follow-ups", worker, current.etag(),
				Map.of("date", today, "kind", "VISIT", "outcome", "Child attends school again")));
		current = expectOk(Http.write("POST", "/api/cases/" + id + "/closure-request", worker, current.etag(),
				Map.of("reason", firstCode("closureReasons"), "checklist", Map.of("safe", true, "servicesDelivered",
						true, "childConsulted", true, "caregiverInformed", true))));
		assertThat(current.json().get("stage").asString()).isEqualTo("CLOSURE_REQUESTED");
		String closureApproval = pendingApproval(current.json(), "CLOSURE");

		Http.Response inbox = Http.get("/api/approvals?status=PENDING", supervisor);
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body()).contains(closureApproval);

		current = expectOk(Http.write("POST", "/api/cases/" + id + "/approvals/" + closureApproval + "/decision",
				supervisor, current.etag(), Map.of("decision", "APPROVE", "comment", "Safe now")));
		assertThat(current.json().get("stage").asString()).isEqualTo("CLOSED");

		current = expectOk(Http.write("POST", "/api/cases/" + id + "/reopen", supervisor, current.etag(),
				Map.of("reason", "New report from the school")));
		assertThat(current.json().get("stage").asString()).isNotEqualTo("CLOSED");

		Http.Response trail = Http.get("/api/cases/" + id + "/audit-trail?size=100", supervisor);
		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.json().get("chainValid").asBoolean()).isTrue();
		assertThat(trail.body()).doesNotContain("Contacted by an adult online");
	}

	@Test
	void aStaleWriteIsRefusedAndChangesNothing() {
		Http.Response registered = register();
		String id = registered.json().get("id").asString();
		String staleTag = registered.etag();
		expectOk(Http.write("POST", "/api/cases/" + id + "/risk", worker, staleTag,
				Map.of("riskLevel", "MEDIUM", "reason", "Family moved away from the offender")));

		Http.Response stale = Http.write("POST", "/api/cases/" + id + "/risk", worker, staleTag,
				Map.of("riskLevel", "LOW", "reason", "Old view of the case"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.isProblem()).isTrue();
		assertThat(Http.get("/api/cases/" + id, worker).json().get("riskLevel").asString()).isEqualTo("MEDIUM");
	}

	@Test
	void nobodyApprovesTheirOwnRequest() {
		Http.Response current = register(supervisor);
		String id = current.json().get("id").asString();
		current = expectOk(Http.write("POST", "/api/cases/" + id + "/assessment", supervisor, current.etag(),
				Map.of("needs", List.of(Map.of("domain", "SAFETY", "level", "LOW")), "riskLevel", "LOW")));
		current = expectOk(Http.write("PUT", "/api/cases/" + id + "/case-plan", supervisor, current.etag(),
				Map.of("goals", List.of(Map.of("description", "Stay in school", "actions", List.of())))));
		String approval = pendingApproval(current.json(), "CASE_PLAN");

		Http.Response own = Http.write("POST", "/api/cases/" + id + "/approvals/" + approval + "/decision",
				supervisor, current.etag(), Map.of("decision", "APPROVE", "comment", "Mine"));

		assertThat(own.status()).isIn(403, 422);
		assertThat(Http.get("/api/cases/" + id, supervisor).json().get("stage").asString()).isEqualTo("CASE_PLAN");
	}

	@Test
	void workflowEndpointsKeepTheRoleAndDistrictRules() {
		Http.Response current = register();
		String id = current.json().get("id").asString();
		Map<String, Object> risk = Map.of("riskLevel", "LOW", "reason", "Checked");

		assertThat(Http.write("POST", "/api/cases/" + id + "/risk", Tokens.of("worker.sr"), current.etag(), risk)
			.status()).isEqualTo(404);
		assertThat(Http.write("POST", "/api/cases/" + id + "/risk", Tokens.of("supervisor.sr"), current.etag(), risk)
			.status()).isEqualTo(404);
		assertThat(Http.write("POST", "/api/cases/" + id + "/risk", Tokens.of("analyst"), current.etag(), risk)
			.status()).isEqualTo(403);
		assertThat(Http.write("POST", "/api/cases/" + id + "/risk", Tokens.of("officer.helpline"), current.etag(),
				risk).status()).isEqualTo(403);
		assertThat(Http.get("/api/cases/" + id + "/audit-trail", worker).status()).isEqualTo(403);
		assertThat(Http.get("/api/tasks?scope=mine", worker).status()).isEqualTo(200);
		assertThat(Http.get("/api/approvals?status=PENDING", worker).status()).isEqualTo(403);
	}

	@Test
	void searchFindsANameWrittenWithAccentsAndInAnotherOrder() {
		String familyName = CaseFixtures.uniqueFamilyName("Nguyen");
		Map<String, Object> body = CaseFixtures.highRiskGirlInPhnomPenh(familyName);
		body.put("givenName", "An");
		assertThat(Http.postJson("/api/cases", worker, body).status()).isEqualTo(201);

		Http.Response found = Http.get("/api/cases?q=" + familyName.replace("Nguyen", "Nguy%E1%BB%85n") + "+an",
				worker);

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains(familyName);
	}

	private Http.Response register() {
		return register(worker);
	}

	private static Http.Response register(String token) {
		Http.Response created = Http.postJson("/api/cases", token,
				CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Flow")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created;
	}

	private static Http.Response expectOk(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static String pendingApproval(JsonNode details, String kind) {
		for (JsonNode approval : details.get("approvals")) {
			if (kind.equals(approval.get("kind").asString()) && "PENDING".equals(approval.get("status").asString())) {
				return approval.get("id").asString();
			}
		}
		throw new AssertionError("no pending " + kind + " approval in " + details);
	}

	private String firstCode(String kind) {
		JsonNode codes = Http.get("/api/reference-data", worker).json().get(kind);
		assertThat(codes).as(kind).isNotEmpty();
		return codes.get(0).get("code").asString();
	}

}

package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The role and district matrix of every casework endpoint: roles without casework are refused (403), callers
 * outside the case's scope learn nothing (404), supervisor-only commands refuse workers (403), and none of the
 * refused calls changes the case.
 */
class CaseWorkflowAccessTests extends CaseServiceTestContext {

	private static final String SOME_ID = "3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

	private CaseHttp http;

	private String path;

	@BeforeEach
	void aCaseOfWorkerPp() throws Exception {
		http = new CaseHttp(mvc);
		path = "/api/cases/" + http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
	}

	/** Every write on a case, with a body that would be accepted, so only access decides the answer. */
	private List<Call> writes() {
		return List.of(new Call(HttpMethod.PATCH, path + "/registration", WorkflowBodies.registrationDetails()),
				new Call(HttpMethod.POST, path + "/risk", WorkflowBodies.riskChange("LOW")),
				new Call(HttpMethod.POST, path + "/assessment", WorkflowBodies.assessment()),
				new Call(HttpMethod.PUT, path + "/case-plan", WorkflowBodies.casePlan()),
				new Call(HttpMethod.PATCH, path + "/case-plan/actions/" + SOME_ID, WorkflowBodies.planAction(true)),
				new Call(HttpMethod.POST, path + "/services", WorkflowBodies.service()),
				new Call(HttpMethod.PATCH, path + "/services/" + SOME_ID, WorkflowBodies.serviceDelivered()),
				new Call(HttpMethod.POST, path + "/follow-ups", WorkflowBodies.followUp()),
				new Call(HttpMethod.POST, path + "/closure-request", WorkflowBodies.closureRequest()),
				new Call(HttpMethod.POST, path + "/consents", WorkflowBodies.consent("REFERRAL")),
				new Call(HttpMethod.POST, path + "/consents/" + SOME_ID + "/withdrawal", WorkflowBodies.withdrawal()),
				new Call(HttpMethod.POST, path + "/notes", WorkflowBodies.note("Called the school", true)));
	}

	private List<Call> supervisorWrites() {
		return List.of(
				new Call(HttpMethod.POST, path + "/approvals/" + SOME_ID + "/decision", WorkflowBodies.decision("APPROVE")),
				new Call(HttpMethod.POST, path + "/reopen", WorkflowBodies.reopen()),
				new Call(HttpMethod.POST, path + "/assignment", WorkflowBodies.assignment("sub-worker.pp2", "worker.pp2")));
	}

	@Test
	void rolesWithoutCaseworkAreRefusedEveryCaseworkEndpoint() throws Exception {
		for (RequestPostProcessor token : List.of(Tokens.analyst(), Tokens.officerHelpline(), Tokens.importerPp(),
				Tokens.admin())) {
			for (Call call : concat(writes(), supervisorWrites())) {
				http.write(call.method(), call.path(), token, "\"0\"", call.body())
					.andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			}
			mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE").with(token))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/tasks").with(token)).andExpect(status().isForbidden());
			mvc.perform(get("/api/approvals").with(token)).andExpect(status().isForbidden());
		}
		assertUnchanged();
	}

	@Test
	void callersOutsideTheCasesScopeFindNoCase() throws Exception {
		RequestPostProcessor colleagueInSameDistrict = Tokens.user("worker.pp2", "social-worker", "AG-DOSVY-PP",
				"KH-PP");
		for (RequestPostProcessor token : List.of(Tokens.workerSr(), Tokens.supervisorSr(), colleagueInSameDistrict)) {
			for (Call call : writes()) {
				http.write(call.method(), call.path(), token, "\"0\"", call.body())
					.andExpect(status().isNotFound())
					.andExpect(jsonPath("$.detail").value("The case was not found."));
			}
			mvc.perform(get(path + "/referral-snapshot?serviceType=MEDICAL_CARE").with(token))
				.andExpect(status().isNotFound());
		}
		for (Call call : supervisorWrites()) {
			http.write(call.method(), call.path(), Tokens.supervisorSr(), "\"0\"", call.body())
				.andExpect(status().isNotFound());
		}
		assertUnchanged();
	}

	@Test
	void workersMayNotDecideReopenOrAssignEvenOnTheirOwnCase() throws Exception {
		for (Call call : supervisorWrites()) {
			http.write(call.method(), call.path(), Tokens.workerPp(), "\"0\"", call.body())
				.andExpect(status().isForbidden());
		}
		assertUnchanged();
	}

	@Test
	void theAuditTrailIsForTheDistrictsSupervisorsAndAdministrators() throws Exception {
		mvc.perform(get(path + "/audit-trail").with(Tokens.supervisorPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chainValid").value(true))
			.andExpect(jsonPath("$.content[0].action").value("AUDIT_TRAIL_VIEWED"))
			.andExpect(jsonPath("$.content[1].action").value("CASE_REGISTERED"))
			.andExpect(jsonPath("$.content[1].by").value("worker.pp"));
		mvc.perform(get(path + "/audit-trail").with(Tokens.admin())).andExpect(status().isOk());
		mvc.perform(get(path + "/audit-trail").with(Tokens.supervisorSr())).andExpect(status().isNotFound());
		for (RequestPostProcessor token : List.of(Tokens.workerPp(), Tokens.analyst(), Tokens.officerHelpline())) {
			mvc.perform(get(path + "/audit-trail").with(token)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/cases/" + SOME_ID + "/audit-trail").with(Tokens.admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theDistrictsTasksAreForSupervisorsAndTheInboxTooAndOnlyForTheirDistricts() throws Exception {
		mvc.perform(get("/api/tasks?scope=district").with(Tokens.workerPp())).andExpect(status().isForbidden());
		mvc.perform(get("/api/tasks?scope=everything").with(Tokens.workerPp()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/approvals").with(Tokens.workerPp())).andExpect(status().isForbidden());
		mvc.perform(get("/api/tasks?scope=district").with(Tokens.supervisorSr()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/tasks?scope=district").with(Tokens.supervisorPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[0].kind").value("ASSESSMENT_DUE"));
	}

	@Test
	void onlyAdministratorsEditReferenceData() throws Exception {
		String body = """
				{"labels": {"en": "Sports club", "km": "ក្លឹបកីឡា"}}
				""";
		for (RequestPostProcessor token : List.of(Tokens.workerPp(), Tokens.supervisorPp(), Tokens.analyst(),
				Tokens.importerPp())) {
			mvc.perform(put("/api/reference-data/sources/SPORTS_CLUB").with(token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/reference-data").with(Tokens.analyst()))
			.andExpect(jsonPath("$.sources[?(@.code == 'SPORTS_CLUB')]").isEmpty());
	}

	private void assertUnchanged() throws Exception {
		mvc.perform(get(path).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.notes").isEmpty())
			.andExpect(jsonPath("$.consents").isEmpty());
		assertThat(mongo.getCollection(ChildCase.COLLECTION).countDocuments()).isEqualTo(1);
	}

	private static List<Call> concat(List<Call> first, List<Call> second) {
		List<Call> all = new java.util.ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private record Call(HttpMethod method, String path, String body) {
	}

}

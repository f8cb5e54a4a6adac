package org.childprotect.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** What workers and supervisors see through the casework endpoints, beyond who may call them. */
class CaseWorkflowWebTests extends CaseServiceTestContext {

	private static final RequestPostProcessor WORKER_PP2 = Tokens.user("worker.pp2", "social-worker", "AG-DOSVY-PP",
			"KH-PP");

	private static final RequestPostProcessor DEPUTY_PP = Tokens.user("deputy.pp", "supervisor", "AG-DOSVY-PP",
			"KH-PP");

	private CaseHttp http;

	private String id;

	private String path;

	@BeforeEach
	void aCaseOfWorkerPp() throws Exception {
		http = new CaseHttp(mvc);
		id = http.register(Tokens.workerPp(), CaseRequests.girlGroomedOnline("KH-PP"));
		path = "/api/cases/" + id;
	}

	@Test
	void aNewCaseShowsEverySectionEmptyAndItsAssessmentDue() throws Exception {
		mvc.perform(get(path).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.otherNames").isEmpty())
			.andExpect(jsonPath("$.location.district").value("KH-PP"))
			.andExpect(jsonPath("$.caregivers").isEmpty())
			.andExpect(jsonPath("$.assessment").isEmpty())
			.andExpect(jsonPath("$.assessmentDueAt").isNotEmpty())
			.andExpect(jsonPath("$.casePlan").isEmpty())
			.andExpect(jsonPath("$.services").isEmpty())
			.andExpect(jsonPath("$.approvals").isEmpty())
			.andExpect(jsonPath("$.timeline[0].action").value("CASE_REGISTERED"));
	}

	@Test
	void registrationDetailsAreCheckedAgainstTheReferenceData() throws Exception {
		JsonNode edited = http.change(HttpMethod.PATCH, path + "/registration", Tokens.workerPp(),
				WorkflowBodies.registrationDetails());

		assertThat(edited.at("/location/region").asString()).isEqualTo("KH-PP-R");
		assertThat(edited.at("/location/commune").asString()).isEqualTo("KH-PP-TBS");
		assertThat(edited.at("/caregivers/0/relationship").asString()).isEqualTo("mother");
		assertThat(edited.get("source").asString()).isEqualTo("HELPLINE");
		http.write(HttpMethod.PATCH, path + "/registration", Tokens.workerPp(), "\"1\"", """
				{"location": {"district": "KH-PP", "commune": "KH-SR-SKM"}, "source": "CARRIER_PIGEON"}
				""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.containsInAnyOrder("location.commune", "source")));
		http.write(HttpMethod.PATCH, path + "/registration", Tokens.workerPp(), "\"1\"", """
				{"nickname": "Soki"}
				""").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nickname"));
	}

	@Test
	void aSensitiveNoteIsHiddenFromTheRegisteringWorkerOnceTheCaseIsReassigned() throws Exception {
		http.change(HttpMethod.POST, path + "/assignment", Tokens.supervisorPp(),
				WorkflowBodies.assignment("sub-worker.pp2", "worker.pp2"));
		http.change(HttpMethod.POST, path + "/notes", WORKER_PP2, WorkflowBodies.note("Disclosed abuse by uncle", true));
		http.change(HttpMethod.POST, path + "/notes", WORKER_PP2, WorkflowBodies.note("School called", false));

		mvc.perform(get(path).with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.notes[0].hidden").value(true))
			.andExpect(jsonPath("$.notes[0].text").isEmpty())
			.andExpect(jsonPath("$.notes[0].sensitive").value(true))
			.andExpect(jsonPath("$.notes[1].text").value("School called"))
			.andExpect(jsonPath("$.assignedWorker.username").value("worker.pp2"))
			.andExpect(jsonPath("$.owner.username").value("worker.pp"));
		mvc.perform(get(path).with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.notes[0].text").value("Disclosed abuse by uncle"))
			.andExpect(jsonPath("$.notes[0].hidden").value(false));
		mvc.perform(get(path).with(WORKER_PP2)).andExpect(jsonPath("$.notes[0].text").value("Disclosed abuse by uncle"));
	}

	@Test
	void aSupervisorCannotApproveTheirOwnPlanButAnotherCan() throws Exception {
		http.change(HttpMethod.POST, path + "/assessment", Tokens.supervisorPp(), WorkflowBodies.assessment());
		JsonNode planned = http.change(HttpMethod.PUT, path + "/case-plan", Tokens.supervisorPp(),
				WorkflowBodies.casePlan());
		String decision = path + "/approvals/" + planned.at("/casePlan/approval/id").asString() + "/decision";

		http.write(HttpMethod.POST, decision, Tokens.supervisorPp(), http.etag(id, Tokens.supervisorPp()),
				WorkflowBodies.decision("APPROVE"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("another supervisor")));
		mvc.perform(get("/api/approvals").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$[0].mayDecide").value(false))
			.andExpect(jsonPath("$[0].requestedBy").value("supervisor.pp"));
		mvc.perform(get("/api/approvals?status=PENDING").with(DEPUTY_PP))
			.andExpect(jsonPath("$[0].caseId").value(id))
			.andExpect(jsonPath("$[0].kind").value("CASE_PLAN"))
			.andExpect(jsonPath("$[0].mayDecide").value(true));
		mvc.perform(get("/api/approvals").with(Tokens.supervisorSr())).andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/tasks").with(DEPUTY_PP))
			.andExpect(jsonPath("$.tasks[0].kind").value("APPROVAL_WAITING"))
			.andExpect(jsonPath("$.tasks[0].approvalId").value(planned.at("/casePlan/approval/id").asString()));

		JsonNode approved = http.change(HttpMethod.POST, decision, DEPUTY_PP, WorkflowBodies.decision("APPROVE"));
		assertThat(approved.get("stage").asString()).isEqualTo("SERVICES");
		assertThat(approved.at("/casePlan/approval/decidedBy").asString()).isEqualTo("deputy.pp");
		mvc.perform(get("/api/approvals?status=APPROVED").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$[0].decidedBy").value("deputy.pp"));
	}

	@Test
	void aMoveTheStageDoesNotAllowIsAConflictNamingTheStage() throws Exception {
		http.write(HttpMethod.POST, path + "/services", Tokens.workerPp(), "\"0\"", WorkflowBodies.service())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("stage REGISTRATION")));
		http.write(HttpMethod.POST, path + "/assessment", Tokens.workerPp(), "\"0\"", WorkflowBodies.assessment()
			.replace("PSYCHOSOCIAL", "ASTROLOGY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("needs"));
		http.write(HttpMethod.POST, path + "/approvals/3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f/decision",
				Tokens.supervisorPp(), "\"0\"", WorkflowBodies.decision("APPROVE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("The approval was not found."));
		mvc.perform(get(path).with(Tokens.workerPp())).andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void myTasksShowWhatIsDueOnTheCasesIWork() throws Exception {
		mvc.perform(get("/api/tasks?scope=mine").with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks[0].caseId").value(id))
			.andExpect(jsonPath("$.tasks[0].kind").value("ASSESSMENT_DUE"))
			.andExpect(jsonPath("$.tasks[0].overdue").value(false))
			.andExpect(jsonPath("$.overdueCount").value(0))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/tasks").with(WORKER_PP2)).andExpect(jsonPath("$.total").value(0));

		http.change(HttpMethod.POST, path + "/assignment", Tokens.supervisorPp(),
				WorkflowBodies.assignment("sub-worker.pp2", "worker.pp2"));

		mvc.perform(get("/api/tasks").with(WORKER_PP2)).andExpect(jsonPath("$.tasks[0].caseId").value(id));
		mvc.perform(get("/api/tasks").with(Tokens.workerPp())).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aSupervisorsReasonForReadingAWorkersCaseIsAudited() throws Exception {
		mvc.perform(get(path).with(Tokens.supervisorPp()).header("X-Access-Reason", "Quality review"))
			.andExpect(status().isOk());
		mvc.perform(get(path).with(Tokens.workerPp()).header("X-Access-Reason", "My own case"))
			.andExpect(status().isOk());
		mvc.perform(get(path).with(Tokens.supervisorPp()).header("X-Access-Reason", "x".repeat(201)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("X-Access-Reason"));

		List<AuditEntry> views = mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class)
			.stream()
			.filter(entry -> entry.action() == AuditAction.CASE_VIEWED)
			.toList();
		assertThat(views).extracting(AuditEntry::reason).containsExactly("Quality review", null);
		mvc.perform(get(path + "/audit-trail").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.content[*].reason", hasItem("Quality review")));
	}

	@Test
	void everyWriteIsAuditedBySectionWithoutValues() throws Exception {
		http.change(HttpMethod.POST, path + "/notes", Tokens.workerPp(), WorkflowBodies.note("Mother called", false));
		http.change(HttpMethod.POST, path + "/risk", Tokens.workerPp(), WorkflowBodies.riskChange("MEDIUM"));

		mvc.perform(get(path + "/audit-trail?size=50").with(Tokens.supervisorPp()))
			.andExpect(jsonPath("$.content[?(@.action == 'NOTE_ADDED')].sections[0]").value(contains("notes")))
			.andExpect(jsonPath("$.content[?(@.action == 'RISK_CHANGED')].sections[0]").value(contains("risk")));
		assertThat(mongo.getCollection(AuditEntry.COLLECTION)
			.find()
			.map(org.bson.Document::toJson)
			.into(new java.util.ArrayList<>())).noneMatch(entry -> entry.contains("Mother called")
					|| entry.contains("Offender found") || entry.contains("Sokha"));
	}

}

package org.childprotect.e2e;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main path of a case's life in a real headless Chromium, through the real Keycloak login page and the
 * gateway, every step in the web UI: worker.pp registers a case, assesses it and writes a case plan;
 * supervisor.pp approves the plan in the approvals inbox; the worker records a service and a follow-up and
 * requests closure; the supervisor opens the case from the inbox, approves the closure on the case page, sees it
 * closed and reopens it. At each step the test checks what the user sees: the stage on the case page, the request
 * in the inbox, the closed status, the reopening.
 */
class CaseWorkflowBrowserEndToEndTests {

	private static final String WORKER = "worker.pp";

	private static final String SUPERVISOR = "supervisor.pp";

	@RegisterExtension
	final Chromium chromium = new Chromium();

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void useTheBrowser() {
		browser = chromium.browser();
		wait = chromium.await();
	}

	@Test
	void aWorkerTakesACaseToClosureAndTheSupervisorApprovesClosesAndReopensIt() throws Exception {
		String familyName = CaseFixtures.uniqueFamilyName("Journey");

		chromium.logIn(WORKER);
		RegistrationForm.registerGirlInPhnomPenh(chromium, "Sophea", familyName);
		chromium.clickable(chromium.visible("registered-open")).click();
		expectStage("Registration");
		String caseId = browser.getCurrentUrl().replaceAll(".*/cases/", "");
		String caseNumber = chromium.visible("case-title").getText().replace("Case ", "");
		assertThat(caseNumber).startsWith("KH-PP-");
		assertThat(chromium.visible("case-summary").getText()).contains("Sophea " + familyName);

		assess();
		expectStage("Case plan");
		assertThat(section("assessment").findElement(Chromium.byTestId("assessment-needs")).getText())
			.contains("Safety")
			.contains("High");

		writeCasePlan();
		chromium.visible("case-plan-saved");
		assertThat(chromium.visible("case-plan-approval").getText()).isEqualTo("Waiting for approval");
		assertThat(chromium.visible("case-plan").getText()).contains("Sophea is safe online").contains("Counselling sessions");
		String planApproval = pendingApprovalOnThePage("Case plan");
		chromium.fullPageScreenshot("workflow-1-plan-waiting");
		chromium.logOut();

		chromium.logIn(SUPERVISOR);
		WebElement planRequest = inboxItem(planApproval);
		assertThat(planRequest.getText()).contains("Case plan").contains(caseNumber).contains(WORKER);
		int waiting = wait.until(d -> waitingBadge() > 0 ? waitingBadge() : null);
		chromium.screenshot("workflow-2-inbox-plan");
		planRequest.findElement(By.tagName("textarea")).sendKeys("Good plan");
		planRequest.findElement(Chromium.byTestId("approve")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Chromium.byTestId("approvals-announcement"),
				"Case plan of case " + caseNumber + " approved."));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(inboxItemLocator(planApproval)));
		wait.until(d -> waitingBadge() == waiting - 1);
		chromium.logOut();

		chromium.logIn(WORKER);
		openCase(caseId);
		expectStage("Services");
		assertThat(section("case-plan").findElement(Chromium.byTestId("case-plan-approval")).getText()).isEqualTo("Approved");
		recordDeliveredService();
		chromium.visible("services-saved");
		WebElement service = chromium.visible("service-row");
		assertThat(service.getText()).contains("AG-HELPLINE").contains("Delivered");
		// A delivered service is final: the row offers no further status change.
		assertThat(service.findElements(By.tagName("select"))).isEmpty();

		recordFollowUp("Sophea attends school again");
		expectStage("Follow-up");
		assertThat(section("follow-ups").findElement(Chromium.byTestId("follow-ups-table")).getText())
			.contains("Sophea attends school again")
			.contains("Visit");

		requestClosure();
		expectStage("Closure requested");
		assertThat(chromium.visible("closure-details").getText()).contains("waiting for a supervisor");
		String closureApproval = pendingApprovalOnThePage("Closure");
		chromium.fullPageScreenshot("workflow-3-closure-requested");
		chromium.logOut();

		chromium.logIn(SUPERVISOR);
		WebElement closureRequest = inboxItem(closureApproval);
		assertThat(closureRequest.getText()).contains("Closure").contains(caseNumber);
		closureRequest.findElement(Chromium.byTestId("approval-case-link")).click();
		expectStage("Closure requested");
		assertThat(chromium.visible("access-reason").getText()).contains("deciding an approval request");
		WebElement closureOnPage = section("approvals")
			.findElement(By.cssSelector("[data-testid=approval][data-approval-id='" + closureApproval + "']"));
		closureOnPage.findElement(By.tagName("textarea")).sendKeys("Safe now");
		closureOnPage.findElement(Chromium.byTestId("approve")).click();
		expectStage("Closed");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Chromium.byTestId("closure-details"), "Closed ("));
		assertThat(section("approvals").getText()).doesNotContain("Waiting for approval");
		chromium.fullPageScreenshot("workflow-4-closed");

		WebElement reason = chromium.visible("reopen-form").findElement(By.id("reopen-reason"));
		reason.sendKeys("New report from the school");
		browser.findElement(Chromium.byTestId("reopen")).click();
		expectStage("Assessment");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(Chromium.byTestId("reopenings"),
				"New report from the school"));
		assertThat(section("assessment").findElements(Chromium.byTestId("assessment-form"))).hasSize(1);
		chromium.fullPageScreenshot("workflow-5-reopened");

		assertTheSupervisorsReadsSaidWhy(caseId);
	}

	private void assess() {
		WebElement assessment = section("assessment");
		new Select(assessment.findElement(By.id("assessment-need-SAFETY-level"))).selectByValue("HIGH");
		new Select(assessment.findElement(By.id("assessment-need-PSYCHOSOCIAL-level"))).selectByValue("MEDIUM");
		new Select(assessment.findElement(By.id("assessment-riskLevel"))).selectByValue("HIGH");
		assessment.findElement(By.id("assessment-riskReason")).sendKeys("Contacted by an adult online");
		assessment.findElement(Chromium.byTestId("submit-assessment")).click();
	}

	private void writeCasePlan() {
		WebElement form = chromium.visible("case-plan-form");
		form.findElement(By.id("plan-goal-0-description")).sendKeys("Sophea is safe online");
		form.findElement(By.id("plan-goal-0-action-0-description")).sendKeys("Counselling sessions");
		form.findElement(By.id("plan-goal-0-action-0-responsible")).sendKeys(WORKER);
		chromium.setDate(form.findElement(By.id("plan-goal-0-action-0-dueDate")),
				LocalDate.now().plusWeeks(2).toString());
		form.findElement(Chromium.byTestId("save-case-plan")).click();
	}

	private void recordDeliveredService() {
		WebElement form = chromium.visible("service-form");
		chromium.chooseFirst(form.findElement(By.id("service-serviceType")));
		form.findElement(By.id("service-provider")).sendKeys("AG-HELPLINE");
		new Select(form.findElement(By.id("service-status"))).selectByValue("DELIVERED");
		form.findElement(Chromium.byTestId("add-service")).click();
	}

	private void recordFollowUp(String outcome) {
		WebElement form = chromium.visible("follow-up-form");
		new Select(form.findElement(By.id("follow-up-kind"))).selectByValue("VISIT");
		form.findElement(By.id("follow-up-outcome")).sendKeys(outcome);
		form.findElement(Chromium.byTestId("add-follow-up")).click();
	}

	private void requestClosure() {
		WebElement form = chromium.visible("closure-form");
		chromium.chooseFirst(form.findElement(By.id("closure-reason")));
		for (String check : new String[] { "safe", "servicesDelivered", "childConsulted", "caregiverInformed" }) {
			form.findElement(By.id("closure-check-" + check)).click();
		}
		form.findElement(Chromium.byTestId("request-closure")).click();
	}

	private void openCase(String caseId) {
		chromium.open("/cases/" + caseId);
		chromium.visible("case-summary");
	}

	private void expectStage(String label) {
		wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-summary] [data-testid=case-stage]"),
				label));
		// The stage bar marks the same stage as current, for the eye and for the screen reader.
		assertThat(browser.findElement(By.cssSelector("[data-testid=stage-progress] [aria-current=step]")).getText())
			.isEqualTo(label);
	}

	private WebElement section(String id) {
		return chromium.visible("section-" + id);
	}

	/** The approval request the page shows as waiting, by its kind's label; its id finds it in the inbox. */
	private String pendingApprovalOnThePage(String kindLabel) {
		By pending = By.cssSelector("[data-testid=section-approvals] [data-testid=approval][data-status=PENDING]");
		WebElement approval = wait.until(d -> d.findElements(pending)
			.stream()
			.filter(candidate -> candidate.getText().contains(kindLabel))
			.findFirst()
			.orElse(null));
		assertThat(approval.getText()).contains("Waiting for a supervisor's decision.");
		return approval.getDomAttribute("data-approval-id");
	}

	/** The supervisor goes to the inbox through the header's navigation, as a user would. */
	private WebElement inboxItem(String approvalId) {
		chromium.clickable(chromium.visible("nav-approvals")).click();
		chromium.visible("approvals-list");
		return wait.until(ExpectedConditions.visibilityOfElementLocated(inboxItemLocator(approvalId)));
	}

	/** The number on the header's approvals badge; no badge when nothing waits. */
	private int waitingBadge() {
		return browser.findElements(By.cssSelector("[data-testid=nav-approvals-pending] [aria-hidden=true]"))
			.stream()
			.findFirst()
			.map(badge -> Integer.parseInt(badge.getText().trim()))
			.orElse(0);
	}

	private static By inboxItemLocator(String approvalId) {
		return By.cssSelector("[data-testid=pending-approval][data-approval-id='" + approvalId + "']");
	}

	/** The UI sends the supervisor's reason with each read of the worker's case; the audit trail keeps it. */
	private static void assertTheSupervisorsReadsSaidWhy(String caseId) {
		Http.Response trail = Http.get("/api/cases/" + caseId + "/audit-trail?size=100", Tokens.of(SUPERVISOR));
		assertThat(trail.status()).as(trail.body()).isEqualTo(200);
		boolean readForTheApproval = false;
		for (JsonNode entry : trail.json().get("content")) {
			readForTheApproval |= SUPERVISOR.equals(entry.path("by").stringValue(""))
					&& "Deciding an approval request".equals(entry.path("reason").stringValue(""));
		}
		assertThat(readForTheApproval).as(trail.body()).isTrue();
		assertThat(trail.json().get("chainValid").asBoolean()).isTrue();
	}

}

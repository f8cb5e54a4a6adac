package org.childprotect.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals and transfers across agencies through the gateway with real Keycloak tokens. The referring side is
 * Phnom Penh's social welfare office (worker.pp, supervisor.pp); the receiving sides are the child helpline
 * (officer.helpline) and the ministry's case-management unit (supervisor.mosvy, worker.mosvy); the Siem Reap
 * hospital (officer.health) is a third agency that must learn nothing. What the receiving side does reaches the
 * case through referral.v1. The last tests restart single components and run after the others.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralEndToEndTests {

	private static final Duration EVENT_DELIVERY = Duration.ofSeconds(60);

	private final String worker = Tokens.of("worker.pp");

	private final String supervisor = Tokens.of("supervisor.pp");

	private final String helpline = Tokens.of("officer.helpline");

	private final String thirdAgency = Tokens.of("officer.health");

	@Test
	@Order(1)
	void aReferralIsAcceptedOnceThenCompletedAndTheCaseShowsIt() {
		Referred referral = referredToTheHelpline();
		String caseId = referral.caseId();
		String id = referral.id();

		assertThat(Http.get("/api/referrals/inbox?status=REQUESTED&size=100", helpline).body()).contains(id);
		Http.Response snapshot = Http.get("/api/referrals/" + id + "/snapshot", helpline);
		assertThat(snapshot.status()).isEqualTo(200);
		assertThat(snapshot.body()).contains("Sophea").doesNotContain("Disclosed at school");

		Http.Response accepted = expectOk(act(id, "accept", helpline, referral.etag(), Map.of()));
		Http.Response again = act(id, "accept", helpline, accepted.etag(), Map.of());
		assertThat(again.status()).as("accepting twice").isEqualTo(409);
		assertThat(again.isProblem()).isTrue();

		Http.Response completed = expectOk(act(id, "complete", helpline, accepted.etag(),
				Map.of("outcome", "SERVICE_PROVIDED", "comment", "Six counselling sessions")));
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");

		JsonNode shown = awaitReferralOnCase(caseId, id, "COMPLETED");
		assertThat(shown.get("outcome").asString()).isEqualTo("SERVICE_PROVIDED");
		assertThat(shown.get("toAgency").asString()).isEqualTo("AG-HELPLINE");
	}

	@Test
	@Order(2)
	void aDeclinedReferralClosesTheSnapshot() {
		Referred referral = referredToTheHelpline();
		String caseId = referral.caseId();
		String id = referral.id();

		expectOk(act(id, "decline", helpline, referral.etag(),
				Map.of("reason", "NO_CAPACITY", "comment", "No counsellor free this month")));

		assertThat(Http.get("/api/referrals/" + id + "/snapshot", helpline).status()).isEqualTo(404);
		assertThat(awaitReferralOnCase(caseId, id, "DECLINED").get("declineReason").asString())
			.isEqualTo("NO_CAPACITY");
	}

	@Test
	@Order(3)
	void aRevokedReferralCanNoLongerBeOpenedByTheReceivingAgency() {
		Referred referral = referredToTheHelpline();
		String caseId = referral.caseId();
		String id = referral.id();
		assertThat(Http.get("/api/referrals/" + id + "/snapshot", helpline).status()).isEqualTo(200);

		expectOk(act(id, "revoke", worker, referral.etag(), Map.of("comment", "Family moved away")));

		assertThat(Http.get("/api/referrals/" + id + "/snapshot", helpline).status()).isEqualTo(404);
		awaitReferralOnCase(caseId, id, "REVOKED");
	}

	@Test
	@Order(4)
	void withoutConsentAWorkerIsRefusedWhileASupervisorsDocumentedOverrideSharesTheSnapshot() {
		String caseId = register(worker).json().get("id").asString();

		Http.Response refused = refer(worker, caseId, Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.body()).contains("consent");
		assertThat(Http.get("/api/referrals/outbox?caseId=" + caseId, worker).json().get("totalElements").asInt())
			.as("nothing stored")
			.isZero();

		Http.Response overridden = refer(supervisor, caseId, Map.of("consentOverride",
				Map.of("justification", "Immediate risk of harm; the caregiver is the alleged abuser.")));
		assertThat(overridden.status()).as(overridden.body()).isEqualTo(201);
		Http.Response snapshot = Http.get("/api/referrals/" + overridden.json().get("id").asString() + "/snapshot",
				helpline);
		assertThat(snapshot.status()).isEqualTo(200);
		assertThat(snapshot.body()).as("shared on the documented override").contains("Sophea");
	}

	@Test
	@Order(5)
	void aFocalPointOfAThirdAgencyLearnsNothing() {
		Referred referral = referredToTheHelpline();
		String caseId = referral.caseId();
		String id = referral.id();

		assertThat(Http.get("/api/referrals/" + id, thirdAgency).status()).isEqualTo(404);
		assertThat(Http.get("/api/referrals/" + id + "/snapshot", thirdAgency).status()).isEqualTo(404);
		assertThat(act(id, "accept", thirdAgency, referral.etag(), Map.of()).status()).isEqualTo(404);
		assertThat(Http.get("/api/referrals/inbox?size=100", thirdAgency).body()).doesNotContain(id);
		assertThat(Http.get("/api/cases/" + caseId, thirdAgency).status()).as("nor the case").isIn(403, 404);
	}

	@Test
	@Order(6)
	void anAcceptedTransferMovesTheCaseAndTheOldWorkerLosesAccess() {
		String caseId = caseWithReferralConsent();
		String newSupervisor = Tokens.of("supervisor.mosvy");
		String newWorker = Tokens.of("worker.mosvy");
		Http.Response transfer = Http.postJson("/api/referrals/transfers", worker,
				Map.of("caseId", caseId, "toAgency", "AG-MOSVY", "reason", "Needs the ministry's specialised team"));
		assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
		String id = transfer.json().get("id").asString();

		expectOk(act(id, "accept", newSupervisor, transfer.etag(), Map.of()));

		Http.Response moved = await("the case owned by AG-MOSVY", () -> Http.get("/api/cases/" + caseId, newSupervisor),
				response -> response.status() == 200
						&& "AG-MOSVY".equals(response.json().get("ownerAgency").asString()));
		JsonNode assignedWorker = moved.json().path("assignedWorker");
		assertThat(assignedWorker.isNull() || assignedWorker.isMissingNode()).as("nobody works it until assigned")
			.isTrue();
		assertThat(Http.get("/api/cases/" + caseId, worker).status()).as("the old worker").isEqualTo(404);
		assertThat(Http.get("/api/cases/" + caseId, supervisor).status()).as("the old supervisor").isEqualTo(404);
		assertThat(Http.get("/api/cases?size=100", worker).body()).doesNotContain(caseId);

		expectOk(Http.write("POST", "/api/cases/" + caseId + "/assignment", newSupervisor, moved.etag(),
				Map.of("workerUserId", subjectOf(newWorker), "workerUsername", "worker.mosvy")));
		Http.Response seenByNewWorker = Http.get("/api/cases/" + caseId, newWorker);
		assertThat(seenByNewWorker.status()).isEqualTo(200);
		assertThat(seenByNewWorker.json().at("/referrals/0/kind").asString()).isEqualTo("TRANSFER");
	}

	/**
	 * Response deadlines are configuration (REFERRAL_RESPONSE_LOW); referral-service is restarted with a short one
	 * for this test only, then restored, so production code has no test-only door.
	 */
	@Test
	@Order(7)
	void anUnansweredReferralExpiresAtItsDeadline() {
		String caseId = caseWithReferralConsent();
		restartReferralService(Map.of("REFERRAL_RESPONSE_LOW", "20s", "REFERRAL_DEADLINE_CHECK_INTERVAL", "2s"));
		try {
			Http.Response referral = refer(worker, caseId, Map.of("urgency", "LOW"));
			assertThat(referral.status()).as(referral.body()).isEqualTo(201);
			String id = referral.json().get("id").asString();

			await("the referral expired", () -> Http.get("/api/referrals/" + id, worker),
					response -> "EXPIRED".equals(response.json().get("status").asString()));
			assertThat(Http.get("/api/referrals/" + id + "/snapshot", helpline).status()).isEqualTo(404);
			awaitReferralOnCase(caseId, id, "EXPIRED");
		}
		finally {
			restartReferralService(Map.of());
		}
	}

	@Test
	@Order(8)
	void whileCaseServiceIsStoppedAReferralAnswers503AndNothingIsStored() {
		String caseId = caseWithReferralConsent();
		component("stop", "case", Map.of());
		try {
			Http.Response refused = refer(worker, caseId, Map.of());
			assertThat(refused.status()).as(refused.body()).isEqualTo(503);
			assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
			assertThat(refused.isProblem()).isTrue();
			assertThat(Http.get("/api/referrals/outbox?caseId=" + caseId, worker).json().get("totalElements").asInt())
				.as("nothing stored")
				.isZero();
		}
		finally {
			component("start", "case", Map.of());
		}
	}

	private Referred referredToTheHelpline() {
		String caseId = caseWithReferralConsent();
		Http.Response referral = refer(worker, caseId, Map.of());
		assertThat(referral.status()).as(referral.body()).isEqualTo(201);
		return new Referred(caseId, referral.json().get("id").asString(), referral.etag());
	}

	private record Referred(String caseId, String id, String etag) {
	}

	private Http.Response register(String token) {
		Http.Response created = Http.postJson("/api/cases", token,
				CaseFixtures.highRiskGirlInPhnomPenh(CaseFixtures.uniqueFamilyName("Referral")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created;
	}

	private String caseWithReferralConsent() {
		Http.Response created = register(worker);
		String id = created.json().get("id").asString();
		Http.Response consented = expectOk(Http.write("POST", "/api/cases/" + id + "/consents", worker,
				created.etag(),
				Map.of("purpose", "REFERRAL", "givenBy", "CAREGIVER", "givenOn", LocalDate.now().toString())));
		expectOk(Http.write("POST", "/api/cases/" + id + "/notes", worker, consented.etag(),
				Map.of("text", "Disclosed at school", "sensitive", true)));
		return id;
	}

	private static Http.Response expectOk(Http.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static Http.Response refer(String token, String caseId, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("caseId", caseId);
		body.put("serviceType", "PSYCHOSOCIAL_SUPPORT");
		body.put("toAgency", "AG-HELPLINE");
		body.put("reason", "Counselling after online grooming");
		body.putAll(extra);
		return Http.postJson("/api/referrals", token, body);
	}

	private static Http.Response act(String id, String action, String token, String etag, Map<String, Object> body) {
		return Http.write("POST", "/api/referrals/" + id + "/" + action, token, etag, body);
	}

	/** The referral as the case page shows it, once referral.v1 has brought the expected status. */
	private JsonNode awaitReferralOnCase(String caseId, String referralId, String status) {
		Http.Response found = await("referral " + status + " on the case", () -> Http.get("/api/cases/" + caseId, worker),
				response -> response.status() == 200 && referral(response.json(), referralId) != null
						&& status.equals(referral(response.json(), referralId).get("status").asString()));
		return referral(found.json(), referralId);
	}

	private static JsonNode referral(JsonNode caseDetails, String referralId) {
		for (JsonNode referral : caseDetails.path("referrals")) {
			if (referralId.equals(referral.get("referralId").asString())) {
				return referral;
			}
		}
		return null;
	}

	private static Http.Response await(String what, java.util.function.Supplier<Http.Response> read,
			Predicate<Http.Response> done) {
		long deadline = System.nanoTime() + EVENT_DELIVERY.toNanos();
		Http.Response last;
		do {
			last = read.get();
			if (done.test(last)) {
				return last;
			}
			Reports.sleep(500);
		}
		while (System.nanoTime() < deadline);
		throw new AssertionError("Timed out waiting for " + what + "; last answer " + last.status() + ": " + last.body());
	}

	/** The account id the token names: assignment takes it, as the web UI's worker picker would. */
	private static String subjectOf(String token) {
		String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
		return Http.JSON.readTree(payload).get("sub").asString();
	}

	private static void restartReferralService(Map<String, String> environment) {
		component("stop", "referral", Map.of());
		component("start", "referral", environment);
	}

	private static void component(String command, String name, Map<String, String> environment) {
		StackScripts.run(command, name, environment);
	}

}

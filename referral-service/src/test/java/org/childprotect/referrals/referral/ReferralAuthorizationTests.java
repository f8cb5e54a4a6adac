package org.childprotect.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.childprotect.referrals.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Who may do what, with jwt() tokens shaped like the realm's users: each row names a caller and the status they
 * get. 403 means "your role may never do this"; 404 means "no such referral for you" (a record out of scope
 * answers exactly like a missing one).
 */
class ReferralAuthorizationTests extends ReferralApiTest {

  static Stream<Arguments> whoMayRefer() {
    return Stream.of(
        Arguments.of("social worker", Tokens.workerSr(), 201),
        Arguments.of("supervisor", Tokens.supervisorSr(), 201),
        Arguments.of("referral officer", Tokens.officerHealth(), 403),
        Arguments.of("ministry analyst", Tokens.analyst(), 403),
        Arguments.of("district importer", Tokens.importerPp(), 403),
        Arguments.of("administrator", Tokens.admin(), 403));
  }

  @ParameterizedTest(name = "{0} refers: {2}")
  @MethodSource("whoMayRefer")
  void whoMayRefer(String who, JwtRequestPostProcessor token, int expected) throws Exception {
    UUID caseId = shareSiemReapCase(true);
    refer(token, caseId, "MEDICAL_CARE", "AG-HEALTH-SR").andExpect(status().is(expected));
    if (expected == 403) {
      assertThat(CASE_SERVICE.callsFor(caseId)).as("refused before case-service is asked").isEmpty();
    }
  }

  static Stream<Arguments> whoMayAccept() {
    return Stream.of(
        Arguments.of("the hospital's referral officer", Tokens.officerHealth(), 200),
        Arguments.of("another agency's referral officer", Tokens.officerHelpline(), 404),
        Arguments.of(
            "a referral officer whose token names no agency",
            Tokens.user("officer.nowhere", "referral-officer", ""),
            404),
        Arguments.of("a hospital user without the referral-officer role",
            Tokens.user("nurse.sr", "social-worker", "AG-HEALTH-SR", "KH-SR"), 404),
        Arguments.of("the referrer", Tokens.workerSr(), 403),
        Arguments.of("the referrer's supervisor", Tokens.supervisorSr(), 403),
        Arguments.of("a supervisor of another district", Tokens.supervisorPp(), 404),
        Arguments.of("a ministry analyst", Tokens.analyst(), 403),
        Arguments.of("an administrator", Tokens.admin(), 403));
  }

  @ParameterizedTest(name = "{0} accepts: {2}")
  @MethodSource("whoMayAccept")
  void whoMayAccept(String who, JwtRequestPostProcessor token, int expected) throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    command(token, referral.id(), "accept", referral.etag(), null)
        .andExpect(status().is(expected))
        .andExpect(
            expected == 200
                ? content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                : content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  static Stream<Arguments> whoMayRevoke() {
    return Stream.of(
        Arguments.of("the referrer", Tokens.workerSr(), 200),
        Arguments.of("the referrer's supervisor", Tokens.supervisorSr(), 200),
        Arguments.of("another worker of the same office", Tokens.user("worker2.sr", "social-worker", "AG-DOSVY-SR",
            "KH-SR"), 404),
        Arguments.of("a supervisor of another agency in the district",
            Tokens.user("supervisor.ngo", "supervisor", "AG-SHELTER-NGO", "KH-SR"), 404),
        Arguments.of("the receiving focal point", Tokens.officerHealth(), 403),
        Arguments.of("an administrator", Tokens.admin(), 403));
  }

  @ParameterizedTest(name = "{0} revokes: {2}")
  @MethodSource("whoMayRevoke")
  void whoMayRevoke(String who, JwtRequestPostProcessor token, int expected) throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    command(token, referral.id(), "revoke", referral.etag(), Map.of()).andExpect(status().is(expected));
  }

  static Stream<Arguments> whoSeesTheSnapshot() {
    return Stream.of(
        Arguments.of("the receiving focal point", Tokens.officerHealth(), 200),
        Arguments.of("the referrer", Tokens.workerSr(), 200),
        Arguments.of("the referrer's supervisor", Tokens.supervisorSr(), 200),
        Arguments.of("another agency's focal point", Tokens.officerHelpline(), 404),
        Arguments.of("a worker of another district", Tokens.workerPp(), 404),
        Arguments.of("a ministry analyst", Tokens.analyst(), 403),
        Arguments.of("an administrator", Tokens.admin(), 403));
  }

  @ParameterizedTest(name = "{0} opens the snapshot: {2}")
  @MethodSource("whoSeesTheSnapshot")
  void whoSeesTheSnapshot(String who, JwtRequestPostProcessor token, int expected) throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    snapshot(token, referral.id()).andExpect(status().is(expected));
  }

  static Stream<Arguments> whoHasWhichList() {
    return Stream.of(
        Arguments.of("inbox", Tokens.officerHealth(), 200),
        Arguments.of("inbox", Tokens.supervisorSr(), 200),
        Arguments.of("inbox", Tokens.workerSr(), 403),
        Arguments.of("inbox", Tokens.analyst(), 403),
        Arguments.of("inbox", Tokens.admin(), 403),
        Arguments.of("outbox", Tokens.workerSr(), 200),
        Arguments.of("outbox", Tokens.supervisorSr(), 200),
        Arguments.of("outbox", Tokens.officerHealth(), 403),
        Arguments.of("outbox", Tokens.analyst(), 403),
        Arguments.of("outbox", Tokens.importerPp(), 403));
  }

  @ParameterizedTest(name = "{0} for {1}: {2}")
  @MethodSource("whoHasWhichList")
  void whoHasWhichList(String list, JwtRequestPostProcessor token, int expected) throws Exception {
    mvc.perform(get("/api/referrals/" + list).with(token)).andExpect(status().is(expected));
  }

  @ParameterizedTest(name = "anonymous {0}")
  @MethodSource("anonymousRequests")
  void anonymousCallersAreRefusedWithAProblem(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isUnauthorized());
  }

  static Stream<String> anonymousRequests() {
    return Stream.of(
        "/api/referrals",
        "/api/referrals/inbox",
        "/api/referrals/outbox",
        "/api/referrals/" + UUID.randomUUID(),
        "/api/referrals/" + UUID.randomUUID() + "/accept");
  }

  static Stream<Arguments> whoReadsTheAuditTrail() {
    return Stream.of(
        Arguments.of("the referrer's supervisor", Tokens.supervisorSr(), 200),
        Arguments.of("an administrator", Tokens.admin(), 200),
        Arguments.of("the referrer", Tokens.workerSr(), 403),
        Arguments.of("the receiving focal point", Tokens.officerHealth(), 403),
        Arguments.of("a supervisor of another district", Tokens.supervisorPp(), 404));
  }

  @ParameterizedTest(name = "{0} reads the audit trail: {2}")
  @MethodSource("whoReadsTheAuditTrail")
  void whoReadsTheAuditTrail(String who, JwtRequestPostProcessor token, int expected) throws Exception {
    Created referral = referToHospital(Tokens.workerSr());

    mvc.perform(get("/api/referrals/{id}/audit-trail", referral.id()).with(token)).andExpect(status().is(expected));
  }
}

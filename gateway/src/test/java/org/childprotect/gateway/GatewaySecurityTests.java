package org.childprotect.gateway;

import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who gets in, how, and what the browser is told about it. */
class GatewaySecurityTests extends GatewayTestSupport {

	@Test
	void anonymousApiCallGets401ProblemNotARedirect() {
		this.client.get()
			.uri("/api/cases")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.LOCATION)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("Unauthorized");
		assertThat(CASES.received()).isEmpty();
	}

	@Test
	void anonymousPageNavigationIsSentToKeycloakLogin() {
		this.client.get()
			.uri("/cases")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/oauth2/authorization/keycloak");
	}

	@Test
	void loginUsesAuthorizationCodeWithPkceS256() {
		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("http://localhost:8080/oauth2/authorization/keycloak")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult();

		URI location = result.getResponseHeaders().getLocation();
		assertThat(location).isNotNull();
		assertThat(location.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/auth?")
			.contains("response_type=code", "client_id=gateway", "scope=openid%20profile", "code_challenge=",
					"code_challenge_method=S256", "redirect_uri=http://localhost:8080/login/oauth2/code/keycloak");
	}

	@Test
	void invalidBearerTokenGets401ProblemWithChallenge() {
		this.client.get()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer forged")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*invalid_token.*");
		assertThat(CASES.received()).isEmpty();
	}

	@Test
	void browserGetsAReadableCsrfCookie() {
		ResponseCookie cookie = this.client.mutateWith(socialWorkerSession())
			.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");

		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isNotBlank();
		assertThat(cookie.isHttpOnly()).as("the UI's script must be able to read it").isFalse();
	}

	@Test
	void browserPostWithoutCsrfTokenIsRefused() {
		this.client.mutateWith(socialWorkerSession())
			.post()
			.uri("/api/cases")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The CSRF token is missing or does not match.");
		assertThat(CASES.received()).isEmpty();
	}

	@Test
	void browserPostWithTheCookieTokenEchoedIsRoutedWithTheSessionsAccessToken() {
		String token = this.client.mutateWith(socialWorkerSession())
			.get()
			.uri("/api/me")
			.exchange()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();

		this.client.mutateWith(socialWorkerSession())
			.post()
			.uri("/api/cases")
			.cookie("XSRF-TOKEN", token)
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"givenName\":\"x\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("case-service");

		assertThat(CASES.received()).singleElement().satisfies((received) -> {
			assertThat(received.method()).isEqualTo("POST");
			assertThat(received.authorization()).isEqualTo("Bearer " + TestTokens.SESSION_ACCESS_TOKEN);
			assertThat(received.cookie()).as("session and CSRF cookies stay at the gateway").isEmpty();
		});
	}

	@Test
	void meDescribesTheBrowserUser() {
		this.client.mutateWith(socialWorkerSession())
			.get()
			.uri("/api/me")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"username":"worker.pp","roles":["social-worker"],"districts":["KH-PP"],"agency":"AG-DOSVY-PP"}
					""");
	}

	@Test
	void meDescribesTheBearerCaller() {
		analystAsksWhoTheyAre().expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"username":"analyst","roles":["ministry-analyst"],"districts":[],"agency":"AG-MOSVY"}
					""");
	}

	@Test
	void bearerCallsCarryTheSecurityHeadersAndGetNoCookie() {
		analystAsksWhoTheyAre().expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void responsesCarryTheSecurityHeaders() {
		this.client.mutateWith(socialWorkerSession())
			.get()
			.uri("/cases")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	@Test
	void logoutEndsTheKeycloakSessionToo() {
		String token = this.client.mutateWith(socialWorkerSession())
			.get()
			.uri("/api/me")
			.exchange()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("XSRF-TOKEN")
			.getValue();

		URI location = this.client.mutateWith(socialWorkerSession())
			.post()
			.uri("http://localhost:8080/logout")
			.cookie("XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + token)
			.exchange()
			.expectStatus()
			.isFound()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation();

		assertThat(location).isNotNull();
		assertThat(location.toString()).startsWith(TestTokens.ISSUER + "/protocol/openid-connect/logout?")
			.contains("id_token_hint=", "post_logout_redirect_uri=http://localhost:8080/");
	}

	@Test
	void healthAndPrometheusAreOpen() {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
	}

	private WebTestClient.ResponseSpec analystAsksWhoTheyAre() {
		return this.client.get()
			.uri("/api/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.ANALYST_TOKEN)
			.exchange();
	}

}

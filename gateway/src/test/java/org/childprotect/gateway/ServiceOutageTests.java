package org.childprotect.gateway;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A service that is down answers 503 problem+json through its circuit breaker's fallback, not a 500. */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(TestTokens.class)
class ServiceOutageTests {

	@Autowired
	WebTestClient client;

	@DynamicPropertySource
	static void referralServiceIsDown(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("REFERRAL_SERVICE_URI", () -> "http://127.0.0.1:" + closedPort);
	}

	@Test
	void serviceDownAnswers503Problem() {
		this.client.get()
			.uri("/api/agencies?page=0&size=20")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.ANALYST_TOKEN)
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.title")
			.isEqualTo("Service Unavailable")
			.jsonPath("$.detail")
			.isEqualTo("The referral-service is not available right now. Please try again in a moment.")
			.jsonPath("$.instance")
			.isEqualTo("/api/agencies");
	}

}

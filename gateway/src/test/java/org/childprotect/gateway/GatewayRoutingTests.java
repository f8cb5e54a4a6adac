package org.childprotect.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Which service answers which path, and what reaches it. */
class GatewayRoutingTests extends GatewayTestSupport {

	private static final int ONE_MEGABYTE = 1024 * 1024;

	@Test
	void bearerRequestIsRoutedWithItsOwnAuthorizationHeader() {
		this.client.get()
			.uri("/api/cases?page=0&size=20")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("case-service")
			.jsonPath("$.uri")
			.isEqualTo("/api/cases?page=0&size=20");

		assertThat(CASES.received()).singleElement()
			.satisfies((received) -> assertThat(received.authorization())
				.isEqualTo("Bearer " + TestTokens.WORKER_TOKEN));
	}

	@Test
	void workerTasksAndSupervisorApprovalsAreServedByCaseService() {
		for (String path : new String[] { "/api/tasks?scope=mine", "/api/approvals?status=PENDING" }) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.service")
				.isEqualTo("case-service");
		}
	}

	@Test
	void bearerPostNeedsNoCsrfToken() {
		this.client.post()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"givenName\":\"x\"}")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(CASES.received()).singleElement().satisfies((received) -> assertThat(received.method()).isEqualTo("POST"));
	}

	@Test
	void eachPathGoesToItsOwningService() {
		assertRoutedTo("/api/reference-data", CASES);
		assertRoutedTo("/api/imports/42", CASES);
		assertRoutedTo("/api/agencies?page=0&size=20", REFERRALS);
		assertRoutedTo("/api/referrals/7", REFERRALS);
		assertRoutedTo("/api/reports/cases-by-district", REPORTS);
	}

	private void assertRoutedTo(String path, StubService service) {
		this.client.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.ANALYST_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service.name())
			.jsonPath("$.uri")
			.isEqualTo(path);
	}

	@Test
	void oversizedBodyIsRefusedWith413Problem() {
		this.client.post()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new byte[ONE_MEGABYTE + 1])
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);

		assertThat(CASES.received()).isEmpty();
	}

	@Test
	void oversizedStreamedBodyWithoutLengthIsCutOffWith413() {
		DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
		byte[] chunk = "x".repeat(256 * 1024).getBytes(StandardCharsets.US_ASCII);
		Flux<DataBuffer> body = Flux.range(0, 5).map((i) -> buffers.wrap(chunk));

		this.client.post()
			.uri("/api/cases")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.body(body, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void importsMayCarryLargerFiles() {
		this.client.post()
			.uri("/api/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue(new byte[2 * ONE_MEGABYTE])
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.bodyBytes")
			.isEqualTo(2 * ONE_MEGABYTE);
	}


	/** Many people at once, each waiting on a slow answer: none is turned away by the gateway itself. */
	@Test
	void manyConcurrentCallsToOneServiceAreAllServed() throws Exception {
		int callers = 60;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				statuses.add(pool.submit(() -> this.client.mutate()
					.responseTimeout(Duration.ofSeconds(30))
					.build()
					.get()
					.uri("/api/cases/slow")
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestTokens.WORKER_TOKEN)
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value()));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}

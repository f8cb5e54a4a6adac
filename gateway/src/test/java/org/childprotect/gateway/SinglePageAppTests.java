package org.childprotect.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The web UI's own routes load the app; files that do not exist stay 404s. */
class SinglePageAppTests extends GatewayTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/cases", "/cases/new", "/statistics" })
	void clientRoutesServeTheApp(String path) {
		this.client.mutateWith(socialWorkerSession())
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value((html) -> assertThat(html)
				.contains("<div id=\"root\"></div>", "<title>ChildProtect</title>"));
	}

	@Test
	void missingAssetIsNotFoundRatherThanTheApp() {
		this.client.get().uri("/assets/does-not-exist.js").exchange().expectStatus().isNotFound();
	}

}

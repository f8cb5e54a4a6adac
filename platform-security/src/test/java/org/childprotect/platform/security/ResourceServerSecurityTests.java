package org.childprotect.platform.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(classes = ResourceServerSecurityTests.ProbeApplication.class,
		properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/certs")
@AutoConfigureMockMvc
class ResourceServerSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousCallsGet401AsProblemDetails() throws Exception {
		mvc.perform(get("/api/probe"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void theWrongRoleGets403AsProblemDetails() throws Exception {
		mvc.perform(get("/api/probe").with(keycloakUser("ministry-analyst")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void theRightRoleSeesItsOwnScope() throws Exception {
		mvc.perform(get("/api/probe").with(keycloakUser("social-worker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("worker.pp"))
			.andExpect(jsonPath("$.districts[0]").value("KH-PP"));
	}

	@Test
	void validationErrorsNameTheField() throws Exception {
		mvc.perform(post("/api/probe").with(keycloakUser("social-worker"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void malformedJsonAndUnknownFieldsAreExplained() throws Exception {
		mvc.perform(post("/api/probe").with(keycloakUser("social-worker"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body is missing or is not valid JSON."));
		mvc.perform(post("/api/probe").with(keycloakUser("social-worker"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"a\", \"colour\": \"blue\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
	}

	@Test
	void probesStayOpenForThePlatform() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().is(org.hamcrest.Matchers.not(401)));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor keycloakUser(String role) {
		return jwt().jwt(token -> token.claim("preferred_username", "worker.pp")
			.claim("district", List.of("KH-PP"))
			.claim("realm_access", Map.of("roles", List.of(role))))
			.authorities(KeycloakJwtAuthenticationConverter
				.authorities(org.springframework.security.oauth2.jwt.Jwt.withTokenValue("t")
					.header("alg", "none")
					.claim("realm_access", Map.of("roles", List.of(role)))
					.build()));
	}

	@SpringBootApplication
	static class ProbeApplication {

		@Bean
		ProbeController probeController() {
			return new ProbeController();
		}

	}

	record ProbeBody(@NotBlank String name) {
	}

	@RestController
	@Validated
	static class ProbeController {

		@GetMapping("/api/probe")
		@PreAuthorize("hasRole('social-worker')")
		Caller probe(Caller caller) {
			return caller;
		}

		@PostMapping("/api/probe")
		ProbeBody create(@Valid @RequestBody ProbeBody body) {
			return body;
		}

	}

}

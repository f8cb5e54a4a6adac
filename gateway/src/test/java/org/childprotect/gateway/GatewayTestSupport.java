package org.childprotect.gateway;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One gateway context for the tests: the three routes point at stub services on random ports. */
@SpringBootTest
@AutoConfigureWebTestClient
@Import(TestTokens.class)
abstract class GatewayTestSupport {

	static final StubService CASES = new StubService("case-service");

	static final StubService REFERRALS = new StubService("referral-service");

	static final StubService REPORTS = new StubService("reporting-service");

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveClientRegistrationRepository clientRegistrations;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("CASE_SERVICE_URI", CASES::uri);
		registry.add("REFERRAL_SERVICE_URI", REFERRALS::uri);
		registry.add("REPORTING_SERVICE_URI", REPORTS::uri);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		CASES.received().clear();
		REFERRALS.received().clear();
		REPORTS.received().clear();
	}

	/** A browser that went through the Keycloak login as a social worker of Phnom Penh. */
	OidcLoginMutator socialWorkerSession() {
		ClientRegistration keycloak = this.clientRegistrations.findByRegistrationId("keycloak").block();
		return SecurityMockServerConfigurers.mockOidcLogin()
			.clientRegistration(keycloak)
			.idToken((token) -> token.subject("w-1")
				.claim("preferred_username", "worker.pp")
				.claim("district", List.of("KH-PP"))
				.claim("agency", "AG-DOSVY-PP"))
			.authorities(new SimpleGrantedAuthority("ROLE_social-worker"));
	}

}

package org.childprotect.gateway.security;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * Boot maps the {@code spring.security.oauth2.client} properties; three things need adding by hand because the
 * provider endpoints are configured explicitly (no issuer discovery at start-up, so the gateway and its tests start
 * without Keycloak):
 * <ul>
 * <li>the issuer, so ID tokens from any other issuer are rejected;</li>
 * <li>the end-session endpoint, so logout also ends the Keycloak session (RP-initiated logout);</li>
 * <li>PKCE (S256), which Spring Security applies to confidential clients only when asked.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class KeycloakClientRegistrations {

	@Bean
	ReactiveClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
			KeycloakProperties keycloak) {
		List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
			.values()
			.stream()
			.map((registration) -> withKeycloakDetails(registration, keycloak))
			.toList();
		return new InMemoryReactiveClientRegistrationRepository(registrations);
	}

	private static ClientRegistration withKeycloakDetails(ClientRegistration registration, KeycloakProperties keycloak) {
		return ClientRegistration.withClientRegistration(registration)
			.issuerUri(keycloak.issuerUri())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endSessionEndpoint()))
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

}

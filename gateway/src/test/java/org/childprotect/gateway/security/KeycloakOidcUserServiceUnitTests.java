package org.childprotect.gateway.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak's default mappers put realm roles only into the access token; the browser user must still have them. */
class KeycloakOidcUserServiceUnitTests {

	private static final Instant NOW = Instant.now();

	@Test
	void rolesAndScopeFromTheAccessTokenReachTheBrowserUser() {
		OidcUser fromIdToken = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")),
				idToken(Map.of("sub", "w-1", "preferred_username", "worker.pp")));

		OidcUser user = KeycloakOidcUserService.withKeycloakClaims(fromIdToken,
				Map.of("sub", "w-1", "realm_access", Map.of("roles", List.of("social-worker", "offline_access")),
						"district", List.of("KH-PP"), "agency", "AG-DOSVY-PP"));

		assertThat(user.getName()).isEqualTo("worker.pp");
		assertThat(KeycloakRoles.names(user.getAuthorities())).containsExactly("offline_access", "social-worker");
		assertThat(user.getAuthorities()).extracting("authority").contains("OIDC_USER", "ROLE_social-worker");
		assertThat(user.getClaimAsStringList("district")).containsExactly("KH-PP");
		assertThat(user.getClaimAsString("agency")).isEqualTo("AG-DOSVY-PP");
	}

	@Test
	void claimsTheIdTokenAlreadyCarriesWin() {
		OidcUser fromIdToken = new DefaultOidcUser(List.of(),
				idToken(Map.of("sub", "s-1", "preferred_username", "supervisor.sr", "district", List.of("KH-SR"))));

		OidcUser user = KeycloakOidcUserService.withKeycloakClaims(fromIdToken,
				Map.of("sub", "s-1", "district", List.of("KH-PP")));

		assertThat(user.getClaimAsStringList("district")).containsExactly("KH-SR");
		assertThat(user.getAuthorities()).isEmpty();
	}

	private static OidcIdToken idToken(Map<String, Object> claims) {
		return new OidcIdToken("id-token", NOW, NOW.plusSeconds(60), claims);
	}

}

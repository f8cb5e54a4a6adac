package org.childprotect.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakTokenMappingTests {

	private static Jwt keycloakToken(Map<String, Object> claims) {
		Jwt.Builder builder = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("3f6c1d2e-user")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300));
		claims.forEach(builder::claim);
		return builder.build();
	}

	@Test
	void realmRolesBecomeRoleAuthoritiesAndUsernameNamesThePrincipal() {
		Jwt jwt = keycloakToken(Map.of("preferred_username", "worker.pp", "realm_access",
				Map.of("roles", List.of("social-worker", "default-roles-childprotect"))));

		var authentication = new KeycloakJwtAuthenticationConverter().convert(jwt);

		assertThat(authentication.getName()).isEqualTo("worker.pp");
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.contains("ROLE_social-worker")
			.doesNotContain("ROLE_supervisor");
	}

	@Test
	void callerScopeComesFromDistrictAndAgencyClaims() {
		Jwt jwt = keycloakToken(Map.of("preferred_username", "supervisor.pp", "district", List.of("KH-PP", "KH-SR"),
				"agency", "AG-DOSVY-PP", "realm_access", Map.of("roles", List.of("supervisor"))));

		Caller caller = Caller.from(jwt);

		assertThat(caller.userId()).isEqualTo("3f6c1d2e-user");
		assertThat(caller.districts()).containsExactlyInAnyOrder("KH-PP", "KH-SR");
		assertThat(caller.agency()).isEqualTo("AG-DOSVY-PP");
		assertThat(caller.hasRole(Caller.SUPERVISOR)).isTrue();
		assertThat(caller.coversDistrict("KH-BB")).isFalse();
	}

	@Test
	void aTokenWithoutRolesOrScopeGrantsNothing() {
		Jwt jwt = keycloakToken(Map.of("district", "KH-PP"));

		Caller caller = Caller.from(jwt);

		assertThat(caller.roles()).isEmpty();
		assertThat(caller.username()).isEqualTo("3f6c1d2e-user");
		assertThat(caller.districts()).containsExactly("KH-PP");
		assertThat(caller.agency()).isNull();
		assertThat(new KeycloakJwtAuthenticationConverter().convert(jwt).getAuthorities()).isEmpty();
	}

}

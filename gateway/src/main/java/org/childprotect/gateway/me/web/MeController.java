package org.childprotect.gateway.me.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.childprotect.gateway.security.KeycloakRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: the same answer for a browser session (OIDC login) and a bearer token. */
@RestController
class MeController {

	@GetMapping("/api/me")
	MeResponse me(Authentication authentication) {
		Map<String, Object> claims = claimsOf(authentication);
		Object username = claims.getOrDefault("preferred_username", authentication.getName());
		return new MeResponse(String.valueOf(username), KeycloakRoles.names(authentication.getAuthorities()),
				districts(claims.get("district")), agency(claims.get("agency")));
	}

	private static Map<String, Object> claimsOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof OidcUser user) {
			return user.getClaims();
		}
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getTokenAttributes();
		}
		return Map.of();
	}

	/** Keycloak sends a multivalued attribute as an array, and a single value as a plain string. */
	private static List<String> districts(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).sorted().toList();
		}
		return (claim != null) ? List.of(String.valueOf(claim)) : List.of();
	}

	private static String agency(Object claim) {
		return (claim != null) ? String.valueOf(claim) : null;
	}

}

package org.childprotect.gateway.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Keycloak puts realm roles in {@code realm_access.roles}; Spring Security knows nothing of that claim. Roles become
 * {@code ROLE_<role>} authorities, the same mapping the services use, so {@code hasRole("social-worker")} works.
 */
public final class KeycloakRoles {

	static final String ROLE_PREFIX = "ROLE_";

	private KeycloakRoles() {
	}

	public static Set<String> from(Map<String, Object> claims) {
		if (!(claims.get("realm_access") instanceof Map<?, ?> realmAccess)) {
			return Set.of();
		}
		if (!(realmAccess.get("roles") instanceof Collection<?> roles)) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		roles.forEach((role) -> names.add(String.valueOf(role)));
		return names;
	}

	public static List<GrantedAuthority> authorities(Collection<String> roles) {
		return roles.stream().<GrantedAuthority>map((role) -> new SimpleGrantedAuthority(ROLE_PREFIX + role)).toList();
	}

	/** The role names back from authorities, ignoring the scope and OIDC authorities Spring adds. */
	public static List<String> names(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map((authority) -> authority.substring(ROLE_PREFIX.length()))
			.distinct()
			.sorted()
			.toList();
	}

}

package org.childprotect.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Bearer tokens as the platform's converter would turn them into authorities. */
public final class Roles {

	private Roles() {
	}

	public static JwtRequestPostProcessor analyst() {
		return role("ministry-analyst");
	}

	public static JwtRequestPostProcessor admin() {
		return role("admin");
	}

	public static JwtRequestPostProcessor role(String role) {
		return jwt().jwt(token -> token.claim("preferred_username", role.replace('-', '.')))
			.authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}

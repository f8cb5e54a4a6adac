package org.childprotect.cases;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Bearer tokens shaped like the dev realm's demo users: realm roles, district and agency claims. */
public final class Tokens {

	private Tokens() {
	}

	public static RequestPostProcessor workerPp() {
		return user("worker.pp", "social-worker", "AG-DOSVY-PP", "KH-PP");
	}

	public static RequestPostProcessor workerSr() {
		return user("worker.sr", "social-worker", "AG-DOSVY-SR", "KH-SR");
	}

	public static RequestPostProcessor supervisorPp() {
		return user("supervisor.pp", "supervisor", "AG-DOSVY-PP", "KH-PP");
	}

	public static RequestPostProcessor supervisorSr() {
		return user("supervisor.sr", "supervisor", "AG-DOSVY-SR", "KH-SR");
	}

	public static RequestPostProcessor analyst() {
		return user("analyst", "ministry-analyst", "AG-MOSVY");
	}

	public static RequestPostProcessor officerHelpline() {
		return user("officer.helpline", "referral-officer", "AG-HELPLINE", "KH-PP");
	}

	public static RequestPostProcessor importerPp() {
		return user("importer.pp", "district-importer", "AG-DOSVY-PP", "KH-PP");
	}

	public static RequestPostProcessor admin() {
		return user("admin", "admin", "AG-MOSVY");
	}

	public static RequestPostProcessor user(String username, String role, String agency, String... districts) {
		return jwt().jwt(token -> token.subject("sub-" + username)
			.claim("preferred_username", username)
			.claim("realm_access", Map.of("roles", List.of(role)))
			.claim("district", List.of(districts))
			.claim("agency", agency)
			.claim("aud", List.of("childprotect-api"))).authorities(new SimpleGrantedAuthority("ROLE_" + role));
	}

}

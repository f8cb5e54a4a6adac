package org.childprotect.referrals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Bearer tokens shaped like the dev realm's demo users (realm roles, district and agency claims), plus a few users
 * of agencies the realm does not have. Each token's value is {@code token-<username>}, so a test can check which
 * token reached case-service.
 */
public final class Tokens {

  private Tokens() {}

  public static JwtRequestPostProcessor workerPp() {
    return user("worker.pp", "social-worker", "AG-DOSVY-PP", "KH-PP");
  }

  public static JwtRequestPostProcessor otherWorkerPp() {
    return user("worker2.pp", "social-worker", "AG-DOSVY-PP", "KH-PP");
  }

  public static JwtRequestPostProcessor workerSr() {
    return user("worker.sr", "social-worker", "AG-DOSVY-SR", "KH-SR");
  }

  public static JwtRequestPostProcessor supervisorPp() {
    return user("supervisor.pp", "supervisor", "AG-DOSVY-PP", "KH-PP");
  }

  public static JwtRequestPostProcessor supervisorSr() {
    return user("supervisor.sr", "supervisor", "AG-DOSVY-SR", "KH-SR");
  }

  /** Focal point of the helpline, which works in KH-PP and KH-SR. */
  public static JwtRequestPostProcessor officerHelpline() {
    return user("officer.helpline", "referral-officer", "AG-HELPLINE", "KH-PP");
  }

  /** Focal point of the Siem Reap hospital. */
  public static JwtRequestPostProcessor officerHealth() {
    return user("officer.health", "referral-officer", "AG-HEALTH-SR", "KH-SR");
  }

  public static JwtRequestPostProcessor analyst() {
    return user("analyst", "ministry-analyst", "AG-MOSVY");
  }

  public static JwtRequestPostProcessor importerPp() {
    return user("importer.pp", "district-importer", "AG-DOSVY-PP", "KH-PP");
  }

  public static JwtRequestPostProcessor admin() {
    return user("admin", "admin", "AG-MOSVY");
  }

  public static JwtRequestPostProcessor user(String username, String role, String agency, String... districts) {
    return jwt()
        .jwt(
            token ->
                token
                    .tokenValue("token-" + username)
                    .subject("sub-" + username)
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", List.of(role)))
                    .claim("district", List.of(districts))
                    .claim("agency", agency)
                    .claim("aud", List.of("childprotect-api")))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }
}

package org.childprotect.referrals.referral;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.childprotect.platform.security.Caller;
import org.childprotect.referrals.agencies.Agencies;
import org.childprotect.referrals.agencies.AgencyCode;
import org.springframework.stereotype.Component;

/**
 * Who stands where towards a referral. Roles say what a caller may do; the token's {@code agency} and
 * {@code district} claims say which referrals. Every rule compares the token's claims with the stored referral,
 * never with anything the client sends.
 */
@Component
public class ReferralAccess {

  private final Agencies agencies;

  ReferralAccess(Agencies agencies) {
    this.agencies = agencies;
  }

  public Standing of(Caller caller, Referral referral) {
    return new Standing(isSender(caller, referral), isFocalPoint(caller, referral.toAgency(), referral.kind()));
  }

  /**
   * The referrer, or a supervisor whose districts include the case's and who works for the referring agency (when
   * their token names one): "the referrer or their supervisor".
   */
  boolean isSender(Caller caller, Referral referral) {
    if (caller.userId().equals(referral.referrer().userId())) {
      return true;
    }
    return caller.hasRole(Caller.SUPERVISOR)
        && caller.coversDistrict(referral.district())
        && (caller.agency() == null || caller.agency().equals(referral.fromAgency()));
  }

  /**
   * A focal point of {@code agency}: the token's agency claim names it, and the caller is a referral officer or is
   * listed as a focal point in the directory. A transfer hands over the case itself, so the receiving agency's
   * supervisors (who will assign a worker) answer transfers too.
   */
  public boolean isFocalPoint(Caller caller, String agency, ReferralKind kind) {
    if (caller.agency() == null || !caller.agency().equals(agency)) {
      return false;
    }
    if (caller.hasRole(Caller.REFERRAL_OFFICER)) {
      return true;
    }
    if (kind == ReferralKind.TRANSFER && caller.hasRole(Caller.SUPERVISOR)) {
      return true;
    }
    return listedFocalPoint(caller);
  }

  /** The kinds of request the caller answers for their agency; empty when they answer none. */
  public Set<ReferralKind> kindsAnsweredBy(Caller caller) {
    Set<ReferralKind> kinds = EnumSet.noneOf(ReferralKind.class);
    if (caller.agency() == null) {
      return kinds;
    }
    for (ReferralKind kind : ReferralKind.values()) {
      if (isFocalPoint(caller, caller.agency(), kind)) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private boolean listedFocalPoint(Caller caller) {
    return AgencyCode.parse(Objects.requireNonNull(caller.agency()))
        .flatMap(agencies::byCode)
        .map(agency -> agency.focalPointUsernames().contains(caller.username()))
        .orElse(false);
  }
}

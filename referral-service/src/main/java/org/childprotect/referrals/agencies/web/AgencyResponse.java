package org.childprotect.referrals.agencies.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.childprotect.referrals.agencies.Agency;
import org.childprotect.referrals.agencies.AgencyType;
import org.jspecify.annotations.Nullable;

/**
 * An agency as the directory shows it: who it is, where it works, what it offers. Focal points (usernames) are
 * shown to administrators only, who manage them.
 */
public record AgencyResponse(
    String code,
    String name,
    AgencyType type,
    List<String> districts,
    List<String> services,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> focalPoints) {

  static AgencyResponse of(Agency agency) {
    return new AgencyResponse(
        agency.code(), agency.name(), agency.type(), agency.districts(), agency.serviceTypes(), null);
  }

  static AgencyResponse forAdministrator(Agency agency) {
    return new AgencyResponse(
        agency.code(),
        agency.name(),
        agency.type(),
        agency.districts(),
        agency.serviceTypes(),
        agency.focalPointUsernames());
  }
}

package org.childprotect.referrals.agencies.web;

import java.util.List;
import org.childprotect.referrals.agencies.Agency;
import org.childprotect.referrals.agencies.AgencyType;

/** An agency as the directory shows it: who it is, where it works, what it offers. */
public record AgencyResponse(String code, String name, AgencyType type, List<String> districts, List<String> services) {

  static AgencyResponse of(Agency agency) {
    return new AgencyResponse(
        agency.code(), agency.name(), agency.type(), agency.districts(), agency.serviceTypes());
  }
}

package org.childprotect.referrals.agencies;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation that can receive referrals. Focal points are the usernames of the agency's
 * referral officers; they are kept for routing and are not part of the public directory.
 * {@code version} counts edits, for optimistic concurrency in the administration API.
 */
@Document("agencies")
public record Agency(
    @Id String code,
    String name,
    AgencyType type,
    List<String> districts,
    List<String> serviceTypes,
    List<String> focalPointUsernames,
    long version) {

  public Agency {
    new AgencyCode(code); // refuses a malformed code, whether it comes from reference data or the database
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an agency needs a name");
    }
    if (type == null) {
      throw new IllegalArgumentException("an agency needs a type");
    }
    districts = List.copyOf(districts == null ? List.of() : districts);
    serviceTypes = List.copyOf(serviceTypes == null ? List.of() : serviceTypes);
    focalPointUsernames = List.copyOf(focalPointUsernames == null ? List.of() : focalPointUsernames);
    if (version < 0) {
      throw new IllegalArgumentException("an agency version starts at 0");
    }
  }

  /** The same agency as the next edit stores it. */
  Agency withVersion(long next) {
    return new Agency(code, name, type, districts, serviceTypes, focalPointUsernames, next);
  }
}

package org.childprotect.referrals.agencies;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/** The content of a versioned agency reference-data file ({@code reference-data/agencies-vN.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record AgencySeed(int version, List<Agency> agencies) {

  static final String DATASET = "agencies";

  AgencySeed {
    if (version < 1) {
      throw new IllegalArgumentException("agency reference data needs a version of 1 or more");
    }
    agencies = List.copyOf(agencies == null ? List.of() : agencies);
    Set<String> codes = new HashSet<>();
    for (Agency agency : agencies) {
      if (!codes.add(agency.code())) {
        throw new IllegalArgumentException("agency code listed twice: " + agency.code());
      }
    }
  }

  /** Reference data names no edit version: every seeded agency starts at 0 (the loader bumps replacements). */
  @JsonCreator
  static AgencySeed fromFile(
      @JsonProperty("version") int version, @JsonProperty("agencies") List<SeededAgency> agencies) {
    return new AgencySeed(
        version, agencies == null ? List.of() : agencies.stream().map(SeededAgency::toAgency).toList());
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SeededAgency(
      String code,
      String name,
      AgencyType type,
      List<String> districts,
      List<String> serviceTypes,
      List<String> focalPointUsernames) {

    Agency toAgency() {
      return new Agency(code, name, type, districts, serviceTypes, focalPointUsernames, 0);
    }
  }

  static AgencySeed read(Resource resource, JsonMapper json) {
    try (InputStream in = resource.getInputStream()) {
      return json.readValue(in, AgencySeed.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read agency reference data " + resource.getDescription(), e);
    }
  }
}

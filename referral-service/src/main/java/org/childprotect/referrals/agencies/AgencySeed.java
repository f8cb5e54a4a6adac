package org.childprotect.referrals.agencies;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

  static AgencySeed read(Resource resource, JsonMapper json) {
    try (InputStream in = resource.getInputStream()) {
      return json.readValue(in, AgencySeed.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read agency reference data " + resource.getDescription(), e);
    }
  }
}

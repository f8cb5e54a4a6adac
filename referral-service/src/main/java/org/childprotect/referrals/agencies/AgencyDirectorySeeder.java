package org.childprotect.referrals.agencies;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the agency reference data at startup when its version is newer than the one already loaded.
 * Agencies are written before the version marker: an interrupted load is simply repeated on the next start,
 * and two instances starting together write the same documents, so no lock or transaction is needed.
 */
@Component
class AgencyDirectorySeeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AgencyDirectorySeeder.class);

  private final AgencyDirectoryProperties properties;
  private final Agencies agencies;
  private final MongoOperations mongo;
  private final JsonMapper json;

  AgencyDirectorySeeder(
      AgencyDirectoryProperties properties, Agencies agencies, MongoOperations mongo, JsonMapper json) {
    this.properties = properties;
    this.agencies = agencies;
    this.mongo = mongo;
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) {
    AgencySeed seed = AgencySeed.read(properties.seed(), json);
    ReferenceDataVersion loaded = mongo.findById(AgencySeed.DATASET, ReferenceDataVersion.class);
    if (loaded != null && loaded.version() >= seed.version()) {
      log.info("Agency reference data v{} already loaded", loaded.version());
      return;
    }
    agencies.saveAll(seed.agencies());
    mongo.save(new ReferenceDataVersion(AgencySeed.DATASET, seed.version(), Instant.now()));
    log.info("Loaded agency reference data v{} ({} agencies)", seed.version(), seed.agencies().size());
  }
}

package org.childprotect.cases.reference;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the reference-data file into MongoDB when the service starts, once per file version. Runs while the
 * context starts, before the web server accepts requests, so validation never sees an empty catalogue. Upserts
 * by code make concurrent starts of several instances harmless.
 */
@Component
class ReferenceDataSeeder implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataSeeder.class);

	private final MongoTemplate mongo;

	private final ReferenceDataProperties properties;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	ReferenceDataSeeder(MongoTemplate mongo, ReferenceDataProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		ReferenceDataFile file = read();
		if (mongo.findById(file.version(), ReferenceDataVersion.class) != null) {
			log.info("Reference data {} already loaded", file.version());
			return;
		}
		seed(file);
		try {
			mongo.insert(new ReferenceDataVersion(file.version(), clock.instant()));
		}
		catch (DuplicateKeyException anotherInstanceWasFaster) {
			// Same file, same upserts: nothing to do.
		}
		log.info("Reference data {} loaded", file.version());
	}

	ReferenceDataFile read() throws IOException {
		try (InputStream in = properties.location().getInputStream()) {
			return json.readValue(in, ReferenceDataFile.class);
		}
	}

	private void seed(ReferenceDataFile file) {
		int position = 0;
		for (ReferenceDataFile.Region region : file.regions()) {
			for (ReferenceDataFile.Code district : region.districts()) {
				mongo.save(new District(district.code(), district.labels(), region.code(), region.labels(),
						position++, file.version()));
			}
		}
		seedList(ReferenceCode.CONCERNS, file.concerns(), file.version());
		seedList(ReferenceCode.RISK_LEVELS, file.riskLevels(), file.version());
		seedList(ReferenceCode.SEXES, file.sexes(), file.version());
	}

	private void seedList(String list, List<ReferenceDataFile.Code> codes, String version) {
		int position = 0;
		for (ReferenceDataFile.Code code : codes) {
			mongo.save(ReferenceCode.of(list, code.code(), code.group(), code.labels(), position++, version));
		}
	}

}

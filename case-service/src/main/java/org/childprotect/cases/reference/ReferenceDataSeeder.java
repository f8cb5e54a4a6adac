package org.childprotect.cases.reference;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the reference-data files into MongoDB when the service starts, each file version once, oldest first.
 * Runs while the context starts, before the web server accepts requests, so validation never sees an empty
 * catalogue. Upserts by code make concurrent starts of several instances harmless; a later file adds codes or
 * relabels them, and a code keeps its place in its list.
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
		for (Resource location : properties.locations()) {
			load(read(location));
		}
	}

	private void load(ReferenceDataFile file) {
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

	ReferenceDataFile read(Resource location) throws IOException {
		try (InputStream in = location.getInputStream()) {
			return json.readValue(in, ReferenceDataFile.class);
		}
	}

	private void seed(ReferenceDataFile file) {
		String version = file.version();
		if (file.regions() != null) {
			int position = nextPosition(District.class, new Query());
			for (ReferenceDataFile.Region region : file.regions()) {
				for (ReferenceDataFile.Code district : region.districts()) {
					District existing = mongo.findById(district.code(), District.class);
					mongo.save(new District(district.code(), district.labels(), region.code(), region.labels(),
							existing != null ? existing.position() : position++, version));
				}
			}
		}
		seedList(ReferenceCode.CONCERNS, file.concerns(), version);
		seedList(ReferenceCode.RISK_LEVELS, file.riskLevels(), version);
		seedList(ReferenceCode.SEXES, file.sexes(), version);
		seedList(ReferenceCode.SERVICE_TYPES, file.serviceTypes(), version);
		seedList(ReferenceCode.CLOSURE_REASONS, file.closureReasons(), version);
		seedList(ReferenceCode.SOURCES, file.sources(), version);
		seedList(ReferenceCode.NEED_DOMAINS, file.needDomains(), version);
		if (file.communes() != null) {
			int position = nextPosition(Commune.class, new Query());
			for (ReferenceDataFile.DistrictCommunes district : file.communes()) {
				for (ReferenceDataFile.Code commune : district.communes()) {
					Commune existing = mongo.findById(commune.code(), Commune.class);
					mongo.save(new Commune(commune.code(), commune.labels(), district.district(),
							existing != null ? existing.position() : position++, version));
				}
			}
		}
		if (file.assessmentDeadlines() != null) {
			for (Map.Entry<String, String> deadline : file.assessmentDeadlines().entrySet()) {
				mongo.save(new AssessmentDeadline(deadline.getKey(), checkedDuration(deadline.getValue()), version));
			}
		}
		if (file.sharingProfiles() != null) {
			for (Map.Entry<String, List<String>> profile : file.sharingProfiles().entrySet()) {
				if (!SharingProfile.FIELDS.containsAll(profile.getValue())) {
					throw new IllegalStateException("Sharing profile " + profile.getKey() + " in reference data "
							+ version + " names fields that cannot be shared");
				}
				mongo.save(new SharingProfile(profile.getKey(), profile.getValue(), version));
			}
		}
	}

	private void seedList(String list, @Nullable List<ReferenceDataFile.Code> codes, String version) {
		if (codes == null) {
			return;
		}
		int position = nextPosition(ReferenceCode.class, query(where("list").is(list)));
		for (ReferenceDataFile.Code code : codes) {
			ReferenceCode existing = mongo.findById(list + ":" + code.code(), ReferenceCode.class);
			mongo.save(ReferenceCode.of(list, code.code(), code.group(), code.labels(),
					existing != null ? existing.position() : position++, version));
		}
	}

	private int nextPosition(Class<?> type, Query within) {
		Query highest = Query.of(within).with(Sort.by(Sort.Direction.DESC, "position")).limit(1);
		List<org.bson.Document> last = mongo.find(highest, org.bson.Document.class, mongo.getCollectionName(type));
		return last.isEmpty() ? 0 : ((Number) last.get(0).get("position")).intValue() + 1;
	}

	/** A typo in a duration must stop the start-up, not surface as a wrong deadline. */
	static String checkedDuration(String value) {
		try {
			Duration duration = Duration.parse(value);
			if (duration.isNegative() || duration.isZero()) {
				throw new IllegalStateException("Assessment deadline must be positive: " + value);
			}
			return value.strip();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("Not an ISO-8601 duration: " + value, ex);
		}
	}

}

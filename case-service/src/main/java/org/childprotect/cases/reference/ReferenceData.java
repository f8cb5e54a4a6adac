package org.childprotect.cases.reference;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Questions the case rules ask of the reference data. Read from MongoDB on every call: the lists are tiny and
 * an administrator's change must count at once, on every instance.
 */
@Component
public class ReferenceData {

	private final MongoTemplate mongo;

	ReferenceData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public boolean isDistrict(String code) {
		return mongo.exists(query(where("_id").is(code)), District.class);
	}

	/** The region a district belongs to, if the district is known. */
	public Optional<String> regionOf(String district) {
		return Optional.ofNullable(mongo.findById(district, District.class)).map(District::region);
	}

	public boolean isCommuneOf(String commune, String district) {
		return mongo.exists(query(where("_id").is(commune).and("district").is(district)), Commune.class);
	}

	/** The given concern codes that are not in the concern list, in the order given. */
	public Set<String> unknownConcerns(Collection<String> codes) {
		return unknownCodes(ReferenceCode.CONCERNS, codes);
	}

	/** The given codes that are not in the named list (see the list names on {@link ReferenceCode}). */
	public Set<String> unknownCodes(String list, Collection<String> codes) {
		Set<String> unknown = new LinkedHashSet<>(codes);
		mongo.find(query(where("list").is(list).and("code").in(codes)), ReferenceCode.class)
			.forEach(known -> unknown.remove(known.code()));
		return unknown;
	}

	public boolean isCode(String list, String code) {
		return unknownCodes(list, List.of(code)).isEmpty();
	}

	/** Assessment deadlines by risk level code. */
	public Map<String, Duration> assessmentDeadlines() {
		Map<String, Duration> deadlines = new LinkedHashMap<>();
		mongo.findAll(AssessmentDeadline.class)
			.forEach(deadline -> deadlines.put(deadline.riskLevel(), Duration.parse(deadline.duration())));
		return deadlines;
	}

	/** The fields a referral for the service type may share; empty when the type has no profile. */
	public List<String> sharedFields(String serviceType) {
		SharingProfile profile = mongo.findById(serviceType, SharingProfile.class);
		return profile == null ? List.of() : profile.fields();
	}

	public Catalogue catalogue() {
		List<District> districts = mongo.find(new Query().with(Sort.by("position")), District.class);
		List<Commune> communes = mongo.find(new Query().with(Sort.by("position")), Commune.class);
		Map<String, String> deadlines = new LinkedHashMap<>();
		mongo.find(new Query().with(Sort.by("_id")), AssessmentDeadline.class)
			.forEach(deadline -> deadlines.put(deadline.riskLevel(), deadline.duration()));
		Map<String, List<String>> profiles = new LinkedHashMap<>();
		mongo.find(new Query().with(Sort.by("_id")), SharingProfile.class)
			.forEach(profile -> profiles.put(profile.serviceType(), profile.fields()));
		return new Catalogue(districts, communes, list(ReferenceCode.CONCERNS), list(ReferenceCode.RISK_LEVELS),
				list(ReferenceCode.SEXES), list(ReferenceCode.SERVICE_TYPES), list(ReferenceCode.CLOSURE_REASONS),
				list(ReferenceCode.SOURCES), list(ReferenceCode.NEED_DOMAINS), deadlines, profiles);
	}

	private List<ReferenceCode> list(String name) {
		return mongo.find(query(where("list").is(name)).with(Sort.by("position")), ReferenceCode.class);
	}

	/** Everything the forms need, in the order of the reference-data files. */
	public record Catalogue(List<District> districts, List<Commune> communes, List<ReferenceCode> concerns,
			List<ReferenceCode> riskLevels, List<ReferenceCode> sexes, List<ReferenceCode> serviceTypes,
			List<ReferenceCode> closureReasons, List<ReferenceCode> sources, List<ReferenceCode> needDomains,
			Map<String, String> assessmentDeadlines, Map<String, List<String>> sharingProfiles) {
	}

}

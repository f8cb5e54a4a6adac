package org.childprotect.cases.reference;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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

	/** The given concern codes that are not in the concern list, in the order given. */
	public Set<String> unknownConcerns(Collection<String> codes) {
		Set<String> unknown = new LinkedHashSet<>(codes);
		mongo.find(query(where("list").is(ReferenceCode.CONCERNS).and("code").in(codes)), ReferenceCode.class)
			.forEach(known -> unknown.remove(known.code()));
		return unknown;
	}

	public Catalogue catalogue() {
		List<District> districts = mongo.find(new Query().with(Sort.by("position")), District.class);
		return new Catalogue(districts, list(ReferenceCode.CONCERNS), list(ReferenceCode.RISK_LEVELS),
				list(ReferenceCode.SEXES));
	}

	private List<ReferenceCode> list(String name) {
		return mongo.find(query(where("list").is(name)).with(Sort.by("position")), ReferenceCode.class);
	}

	/** Everything a registration form needs, in the order of the reference-data file. */
	public record Catalogue(List<District> districts, List<ReferenceCode> concerns, List<ReferenceCode> riskLevels,
			List<ReferenceCode> sexes) {
	}

}

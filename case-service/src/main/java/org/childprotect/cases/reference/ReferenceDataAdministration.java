package org.childprotect.cases.reference;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Administrators add and relabel reference data at run time; the seed files stay as they were shipped. Every
 * change is audited. Codes are never removed here: stored cases may use them.
 */
@Service
public class ReferenceDataAdministration {

	/** Code lists whose codes an administrator may add. */
	static final Set<String> OPEN_LISTS = Set.of(ReferenceCode.CONCERNS, ReferenceCode.SERVICE_TYPES,
			ReferenceCode.CLOSURE_REASONS, ReferenceCode.SOURCES, ReferenceCode.NEED_DOMAINS);

	/** Code lists the case rules depend on value by value: only their labels may change. */
	static final Set<String> FIXED_LISTS = Set.of(ReferenceCode.RISK_LEVELS, ReferenceCode.SEXES);

	public static final String DISTRICTS = "districts";

	public static final String COMMUNES = "communes";

	public static final String ASSESSMENT_DEADLINES = "assessmentDeadlines";

	public static final String SHARING_PROFILES = "sharingProfiles";

	/** Set as the version of entries an administrator wrote, so they can be told from seeded ones. */
	static final String EDITED = "admin";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,63}");

	/** A deadline beyond this is a typing error rather than a policy. */
	private static final Duration LONGEST_DEADLINE = Duration.ofDays(90);

	private final MongoTemplate mongo;

	private final AuditTrail auditTrail;

	ReferenceDataAdministration(MongoTemplate mongo, AuditTrail auditTrail) {
		this.mongo = mongo;
		this.auditTrail = auditTrail;
	}

	/** Adds or replaces one entry; answers whether it was new. */
	public boolean put(String kind, String code, ReferenceEntry entry, Caller admin) {
		if (!CODE.matcher(code).matches()) {
			throw new InvalidReferenceEntry("code", "must be upper-case letters, digits, '_' or '-', at most 64");
		}
		boolean created;
		if (OPEN_LISTS.contains(kind) || FIXED_LISTS.contains(kind)) {
			created = putCode(kind, code, entry);
		}
		else {
			created = switch (kind) {
				case DISTRICTS -> putDistrict(code, entry);
				case COMMUNES -> putCommune(code, entry);
				case ASSESSMENT_DEADLINES -> putDeadline(code, entry);
				case SHARING_PROFILES -> putProfile(code, entry);
				default -> throw new UnknownReferenceKind(kind);
			};
		}
		auditTrail.record(admin, AuditAction.REFERENCE_DATA_CHANGED, List.of(),
				List.of("referenceData." + kind + "." + code));
		return created;
	}

	private boolean putCode(String list, String code, ReferenceEntry entry) {
		onlyUses(entry, "labels", "group");
		Labels labels = requiredLabels(entry);
		ReferenceCode existing = mongo.findById(list + ":" + code, ReferenceCode.class);
		if (existing == null && FIXED_LISTS.contains(list)) {
			throw new InvalidReferenceEntry("code", "the codes of " + list + " are fixed; only labels may change");
		}
		int position = existing != null ? existing.position()
				: nextPosition(query(where("list").is(list)), ReferenceCode.COLLECTION);
		mongo.save(ReferenceCode.of(list, code, blankToNull(entry.group()), labels, position, EDITED));
		return existing == null;
	}

	private boolean putDistrict(String code, ReferenceEntry entry) {
		onlyUses(entry, "labels", "region");
		Labels labels = requiredLabels(entry);
		if (entry.region() == null) {
			throw new InvalidReferenceEntry("region", "is required");
		}
		District ofRegion = mongo.findOne(query(where("region").is(entry.region())), District.class);
		if (ofRegion == null) {
			throw new InvalidReferenceEntry("region", "is not a known region code");
		}
		District existing = mongo.findById(code, District.class);
		int position = existing != null ? existing.position() : nextPosition(new Query(), District.COLLECTION);
		mongo.save(new District(code, labels, ofRegion.region(), ofRegion.regionLabels(), position, EDITED));
		return existing == null;
	}

	private boolean putCommune(String code, ReferenceEntry entry) {
		onlyUses(entry, "labels", "district");
		Labels labels = requiredLabels(entry);
		if (entry.district() == null || mongo.findById(entry.district(), District.class) == null) {
			throw new InvalidReferenceEntry("district", "is not a known district code");
		}
		Commune existing = mongo.findById(code, Commune.class);
		int position = existing != null ? existing.position() : nextPosition(new Query(), Commune.COLLECTION);
		mongo.save(new Commune(code, labels, entry.district(), position, EDITED));
		return existing == null;
	}

	private boolean putDeadline(String riskLevel, ReferenceEntry entry) {
		onlyUses(entry, "duration");
		if (mongo.findById(ReferenceCode.RISK_LEVELS + ":" + riskLevel, ReferenceCode.class) == null) {
			throw new InvalidReferenceEntry("code", "is not a risk level");
		}
		Duration duration;
		try {
			duration = Duration.parse(entry.duration() == null ? "" : entry.duration().strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidReferenceEntry("duration", "must be an ISO-8601 duration such as PT24H or P3D");
		}
		if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST_DEADLINE) > 0) {
			throw new InvalidReferenceEntry("duration", "must be positive and at most " + LONGEST_DEADLINE.toDays()
					+ " days");
		}
		boolean created = mongo.findById(riskLevel, AssessmentDeadline.class) == null;
		mongo.save(new AssessmentDeadline(riskLevel, entry.duration().strip(), EDITED));
		return created;
	}

	private boolean putProfile(String serviceType, ReferenceEntry entry) {
		onlyUses(entry, "fields");
		if (mongo.findById(ReferenceCode.SERVICE_TYPES + ":" + serviceType, ReferenceCode.class) == null) {
			throw new InvalidReferenceEntry("code", "is not a service type");
		}
		if (entry.fields() == null) {
			throw new InvalidReferenceEntry("fields", "is required (an empty list shares nothing)");
		}
		List<String> unknown = entry.fields().stream().filter(field -> !SharingProfile.FIELDS.contains(field)).toList();
		if (!unknown.isEmpty()) {
			throw new InvalidReferenceEntry("fields", "cannot be shared: " + String.join(", ", unknown));
		}
		boolean created = mongo.findById(serviceType, SharingProfile.class) == null;
		mongo.save(new SharingProfile(serviceType, entry.fields().stream().distinct().toList(), EDITED));
		return created;
	}

	private static Labels requiredLabels(ReferenceEntry entry) {
		Labels labels = entry.labels();
		if (labels == null || labels.en().isBlank() || labels.km().isBlank()) {
			throw new InvalidReferenceEntry("labels", "need an English (en) and a Khmer (km) label");
		}
		if (labels.en().length() > 200 || labels.km().length() > 200) {
			throw new InvalidReferenceEntry("labels", "must be at most 200 characters each");
		}
		return new Labels(labels.en().strip(), labels.km().strip());
	}

	/** Refuses components the kind does not use, rather than silently dropping what the admin typed. */
	private static void onlyUses(ReferenceEntry entry, String... used) {
		Set<String> allowed = Set.of(used);
		check(allowed, "labels", entry.labels());
		check(allowed, "group", entry.group());
		check(allowed, "region", entry.region());
		check(allowed, "district", entry.district());
		check(allowed, "duration", entry.duration());
		check(allowed, "fields", entry.fields());
	}

	private static void check(Set<String> allowed, String field, @Nullable Object value) {
		if (value != null && !allowed.contains(field)) {
			throw new InvalidReferenceEntry(field, "is not used by this kind of reference data");
		}
	}

	private int nextPosition(Query within, String collection) {
		List<org.bson.Document> last = mongo.find(
				Query.of(within).with(Sort.by(Sort.Direction.DESC, "position")).limit(1), org.bson.Document.class,
				collection);
		return last.isEmpty() ? 0 : ((Number) last.get(0).get("position")).intValue() + 1;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}

package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.childprotect.reporting.cubes.PlacementRef;
import org.jspecify.annotations.Nullable;

/**
 * Facts as plain documents, field by field, so that what is stored is exactly the fields listed in {@link Fields}.
 * Days are stored as ISO strings: a date type would carry a time and a zone the fact does not have.
 */
final class CaseFactDocuments {

	/** Every field a fact document may have; anything else would be a leak. */
	static final class Fields {

		static final String KEY = "_id";

		static final String LAST_APPLIED_VERSION = "lastAppliedVersion";

		static final String DISTRICT = "district";

		static final String REGION = "region";

		static final String SEX = "sex";

		static final String AGE_BAND = "ageBand";

		static final String CONCERNS = "concerns";

		static final String SOURCE = "source";

		static final String REGISTERED_ON = "registeredOn";

		static final String RISK_AT_REGISTRATION = "riskAtRegistration";

		static final String REGISTRATION_VERSION = "registrationVersion";

		static final String RISK = "risk";

		static final String RISK_VERSION = "riskVersion";

		static final String STAGE = "stage";

		static final String STAGE_VERSION = "stageVersion";

		static final String STATUS = "status";

		static final String ASSESSED_ON = "assessedOn";

		static final String ASSESSMENT_WITHIN_DEADLINE = "assessmentWithinDeadline";

		static final String ASSESSMENT_VERSION = "assessmentVersion";

		static final String CLOSED_ON = "closedOn";

		static final String CLOSURE_REASON = "closureReason";

		static final String CLOSURES = "closures";

		static final String REOPENINGS = "reopenings";

		static final String STATISTICS_CONSENTS = "statisticsConsents";

		static final String SERVICES = "services";

		static final String PENDING = "pending";

		static final List<String> ALL = List.of(KEY, LAST_APPLIED_VERSION, DISTRICT, REGION, SEX, AGE_BAND, CONCERNS,
				SOURCE, REGISTERED_ON, RISK_AT_REGISTRATION, REGISTRATION_VERSION, RISK, RISK_VERSION, STAGE,
				STAGE_VERSION, STATUS, ASSESSED_ON, ASSESSMENT_WITHIN_DEADLINE, ASSESSMENT_VERSION, CLOSED_ON,
				CLOSURE_REASON, CLOSURES, REOPENINGS, STATISTICS_CONSENTS, SERVICES, PENDING);

		private Fields() {
		}

	}

	private static final String VERSION = "version";

	private CaseFactDocuments() {
	}

	static Document toDocument(StoredFact stored) {
		CaseFact fact = stored.fact();
		Document document = new Document(Fields.KEY, fact.key().value()).append(Fields.LAST_APPLIED_VERSION,
				fact.lastAppliedVersion());
		CaseFact.Registration registration = fact.registration();
		if (registration != null) {
			document.append(Fields.DISTRICT, registration.district())
				.append(Fields.REGION, registration.region())
				.append(Fields.SEX, registration.sex())
				.append(Fields.AGE_BAND, registration.ageBand())
				.append(Fields.CONCERNS, registration.concerns())
				.append(Fields.SOURCE, registration.source())
				.append(Fields.REGISTERED_ON, registration.registeredOn().toString())
				.append(Fields.RISK_AT_REGISTRATION, registration.risk())
				.append(Fields.REGISTRATION_VERSION, registration.version());
		}
		if (fact.risk() != null) {
			document.append(Fields.RISK, fact.risk().value()).append(Fields.RISK_VERSION, fact.risk().version());
		}
		if (fact.stage() != null) {
			document.append(Fields.STAGE, fact.stage().value()).append(Fields.STAGE_VERSION, fact.stage().version());
		}
		// Derived, stored for whoever inspects the collection; it is recomputed from closures and reopenings.
		document.append(Fields.STATUS, fact.isClosed() ? "CLOSED" : "OPEN");
		CaseFact.Assessment assessment = fact.assessment();
		if (assessment != null) {
			document.append(Fields.ASSESSED_ON, assessment.assessedOn().toString())
				.append(Fields.ASSESSMENT_VERSION, assessment.version());
			if (assessment.withinDeadline() != null) {
				document.append(Fields.ASSESSMENT_WITHIN_DEADLINE, assessment.withinDeadline());
			}
		}
		if (fact.isClosed()) {
			CaseFact.Closure last = fact.closures().get(fact.closures().size() - 1);
			document.append(Fields.CLOSED_ON, last.closedOn().toString()).append(Fields.CLOSURE_REASON, last.reason());
		}
		document.append(Fields.CLOSURES, fact.closures()
			.stream()
			.map(closure -> new Document(VERSION, closure.version()).append("closedOn", closure.closedOn().toString())
				.append("reason", closure.reason()))
			.toList());
		document.append(Fields.REOPENINGS, fact.reopenings()
			.stream()
			.map(reopening -> new Document(VERSION, reopening.version()).append("reopenedOn",
					reopening.reopenedOn().toString()))
			.toList());
		document.append(Fields.STATISTICS_CONSENTS, fact.statisticsConsents()
			.stream()
			.map(consent -> new Document("token", consent.token()).append(VERSION, consent.version())
				.append("active", consent.active()))
			.toList());
		document.append(Fields.SERVICES, fact.services().stream().map(service -> {
			Document entry = new Document("token", service.token()).append(VERSION, service.version())
				.append("serviceType", service.serviceType())
				.append("status", service.status());
			if (service.deliveredOn() != null) {
				entry.append("deliveredOn", service.deliveredOn().toString());
			}
			return entry;
		}).toList());
		if (!stored.pending().isEmpty()) {
			document.append(Fields.PENDING, stored.pending().stream().map(PlacementRef::toDocument).toList());
		}
		return document;
	}

	static StoredFact fromDocument(Document document) {
		CaseKey key = new CaseKey(document.getString(Fields.KEY));
		CaseFact.Registration registration = null;
		if (document.containsKey(Fields.REGISTRATION_VERSION)) {
			registration = new CaseFact.Registration(version(document, Fields.REGISTRATION_VERSION),
					document.getString(Fields.DISTRICT), document.getString(Fields.REGION),
					document.getString(Fields.SEX), document.getString(Fields.AGE_BAND),
					document.getList(Fields.CONCERNS, String.class), document.getString(Fields.SOURCE),
					LocalDate.parse(document.getString(Fields.REGISTERED_ON)),
					document.getString(Fields.RISK_AT_REGISTRATION));
		}
		CaseFact.Versioned risk = document.containsKey(Fields.RISK_VERSION)
				? new CaseFact.Versioned(version(document, Fields.RISK_VERSION), document.getString(Fields.RISK)) : null;
		CaseFact.Versioned stage = document.containsKey(Fields.STAGE_VERSION)
				? new CaseFact.Versioned(version(document, Fields.STAGE_VERSION), document.getString(Fields.STAGE))
				: null;
		CaseFact.Assessment assessment = document.containsKey(Fields.ASSESSMENT_VERSION)
				? new CaseFact.Assessment(version(document, Fields.ASSESSMENT_VERSION),
						LocalDate.parse(document.getString(Fields.ASSESSED_ON)),
						document.getBoolean(Fields.ASSESSMENT_WITHIN_DEADLINE))
				: null;
		List<CaseFact.Closure> closures = documents(document, Fields.CLOSURES).stream()
			.map(entry -> new CaseFact.Closure(version(entry, VERSION), LocalDate.parse(entry.getString("closedOn")),
					entry.getString("reason")))
			.toList();
		List<CaseFact.Reopening> reopenings = documents(document, Fields.REOPENINGS).stream()
			.map(entry -> new CaseFact.Reopening(version(entry, VERSION),
					LocalDate.parse(entry.getString("reopenedOn"))))
			.toList();
		List<CaseFact.StatisticsConsent> consents = documents(document, Fields.STATISTICS_CONSENTS).stream()
			.map(entry -> new CaseFact.StatisticsConsent(entry.getString("token"), version(entry, VERSION),
					entry.getBoolean("active")))
			.toList();
		List<CaseFact.Service> services = documents(document, Fields.SERVICES).stream()
			.map(entry -> new CaseFact.Service(entry.getString("token"), version(entry, VERSION),
					entry.getString("serviceType"), entry.getString("status"), day(entry.getString("deliveredOn"))))
			.toList();
		CaseFact fact = new CaseFact(key, version(document, Fields.LAST_APPLIED_VERSION), registration, risk, stage,
				assessment, closures, reopenings, consents, services);
		List<PlacementRef> pending = new ArrayList<>();
		for (Document entry : documents(document, Fields.PENDING)) {
			pending.add(PlacementRef.fromDocument(entry));
		}
		return new StoredFact(fact, pending);
	}

	private static long version(Document document, String field) {
		return ((Number) document.get(field)).longValue();
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		return value == null ? null : LocalDate.parse(value);
	}

	private static List<Document> documents(Document document, String field) {
		List<Document> list = document.getList(field, Document.class);
		return list == null ? List.of() : list;
	}

}

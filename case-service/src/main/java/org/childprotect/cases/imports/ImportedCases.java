package org.childprotect.cases.imports;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.childprotect.cases.AssessmentDeadlines;
import org.childprotect.cases.CaseId;
import org.childprotect.cases.CaseNumber;
import org.childprotect.cases.CaseNumbers;
import org.childprotect.cases.Cases;
import org.childprotect.cases.ChildCase;
import org.childprotect.cases.EventEnvelopes;
import org.childprotect.cases.Ownership;
import org.childprotect.cases.RegistrationDetails;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditTrail;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.cases.search.SearchIndex;
import org.childprotect.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.stereotype.Component;

/**
 * Registers the valid rows of a batch as cases, exactly as a hand registration does: the aggregate's own factory
 * opens each case and seals its {@code CaseRegistered} (source: import) into the case's outbox, and each case is
 * one single-document insert. Only the round trips are shared: one block of case numbers per district, one
 * filing of the batch's search terms, one multi-document insert, one audit entry per batch.
 * <p>
 * Three steps, so that the runner can prepare the next batch (numbers, cases, their documents: work for this
 * process) while the database stores the previous one (work for the database), and check the next batch for
 * duplicates as soon as the previous one's search terms are filed: {@link #prepare}, {@link #fileSearchTerms} and
 * {@link #store}.
 * <p>
 * The search index is kept the way its own save listener keeps it, terms filed before the cases are stored, but
 * for the whole batch in one bulk write: filed case by case, a file of common names rewrites the same large term
 * documents hundreds of times per batch, and an import ran at a few hundred rows a second. The documents are
 * therefore written with the plain driver, after the same mapping and version initialisation Spring Data's insert
 * does, but without its lifecycle events, whose one listener (search indexing) has already done its work.
 */
@Component
class ImportedCases {

	/** The parts of a record an import writes, named in the audit trail as a registration names them. */
	static final List<String> SECTIONS = List.of("identity", "location", "concerns", "risk", "ownership");

	/** The intake channel of imported cases, from the reference data's sources. */
	private static final RegistrationDetails.Change PAPER_IMPORT = new RegistrationDetails.Change(null, null, null,
			null, null, null, "PAPER_IMPORT");

	private final Cases cases;

	private final MongoTemplate mongo;

	private final SearchIndex searchIndex;

	private final ReferenceData referenceData;

	private final CaseNumbers caseNumbers;

	private final EventEnvelopes envelopes;

	private final AuditTrail auditTrail;

	private final MeterRegistry meters;

	private final Clock clock;

	ImportedCases(Cases cases, MongoTemplate mongo, SearchIndex searchIndex, ReferenceData referenceData,
			CaseNumbers caseNumbers, EventEnvelopes envelopes, AuditTrail auditTrail, MeterRegistry meters,
			Clock clock) {
		this.cases = cases;
		this.mongo = mongo;
		this.searchIndex = searchIndex;
		this.referenceData = referenceData;
		this.caseNumbers = caseNumbers;
		this.envelopes = envelopes;
		this.auditTrail = auditTrail;
		this.meters = meters;
		this.clock = clock;
	}

	/** A row about to become a case: the case as opened, and the document that will store it. */
	record Created(ReadRow.Accepted row, ChildCase childCase) {
	}

	/** A batch of opened cases with their documents, ready to be stored. */
	record Prepared(List<Created> opened, List<Document> documents) {

		static final Prepared NOTHING = new Prepared(List.of(), List.of());

	}

	/**
	 * @param created the rows stored, with their new cases, in the order given
	 * @param formTaken rows whose paper form another import stored meanwhile; the caller decides what they are
	 */
	record Outcome(List<Created> created, List<ReadRow.Accepted> formTaken) {
	}

	/** Reserves case numbers and opens the cases through the aggregate's factory; stores nothing but the numbers. */
	Prepared prepare(List<ReadRow.Accepted> rows, Importer importer) {
		if (rows.isEmpty()) {
			return Prepared.NOTHING;
		}
		ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
		Ownership ownership = Ownership.registeredBy(importer.asCaller());
		Map<String, Iterator<CaseNumber>> numbers = reserveNumbers(rows, now.getYear());
		AssessmentDeadlines deadlines = AssessmentDeadlines.of(referenceData.assessmentDeadlines());
		MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(ChildCase.class);
		List<Created> opened = new ArrayList<>(rows.size());
		List<Document> documents = new ArrayList<>(rows.size());
		for (ReadRow.Accepted row : rows) {
			ChildCase childCase = ChildCase.register(CaseId.random(), numbers.get(row.registration().district()).next(),
					row.registration(), ownership, now, envelopes);
			// As a hand registration does: the first assessment falls due by risk, and the intake channel says how
			// the case came in.
			childCase.scheduleAssessment(childCase.registeredAt(), deadlines);
			childCase.editRegistration(PAPER_IMPORT);
			opened.add(new Created(row, childCase));
			documents.add(firstVersion(entity, childCase));
		}
		return new Prepared(opened, documents);
	}

	/**
	 * Files the batch's search terms, before its cases are stored, as the search's save listener does for a case
	 * saved by hand. Under the importer's own scope only if the importer is also a social worker, the one role
	 * that searches by it.
	 */
	void fileSearchTerms(Prepared prepared, Importer importer) {
		if (!prepared.opened().isEmpty()) {
			searchIndex.addCases(prepared.opened().stream().map(Created::childCase).toList(),
					importer.asCaller().hasRole(Caller.SOCIAL_WORKER));
		}
	}

	/**
	 * Inserts the batch's cases, their search terms filed already ({@link #fileSearchTerms}), and audits them; on
	 * a taken paper form, case by case.
	 */
	Outcome store(Prepared prepared, Importer importer, ImportJobId job) {
		if (prepared.opened().isEmpty()) {
			return new Outcome(List.of(), List.of());
		}
		Outcome outcome;
		try {
			mongo.execute(ChildCase.COLLECTION, collection -> collection.insertMany(prepared.documents()));
			outcome = new Outcome(prepared.opened(), List.of());
		}
		catch (DuplicateKeyException formImportedMeanwhile) {
			// Another job stored one of these forms since the batch was checked. The insert stopped at that case;
			// sort out case by case what is stored and what is not.
			outcome = oneByOne(prepared);
		}
		announce(prepared, outcome);
		if (!outcome.created().isEmpty()) {
			auditTrail.record(importer.asCaller(), AuditAction.CASES_IMPORTED,
					outcome.created().stream().map(created -> created.childCase().id().toString()).toList(), SECTIONS,
					"import job " + job);
			count(outcome.created());
		}
		return outcome;
	}

	/** The stored ones only: a case whose form was taken meanwhile has no events to publish. */
	private void announce(Prepared prepared, Outcome outcome) {
		Set<Created> stored = Collections.newSetFromMap(new IdentityHashMap<>());
		stored.addAll(outcome.created());
		for (int i = 0; i < prepared.opened().size(); i++) {
			Created candidate = prepared.opened().get(i);
			if (stored.contains(candidate)) {
				cases.announceStored(candidate.childCase(), prepared.documents().get(i));
			}
		}
	}

	/**
	 * The document of a new case as Spring Data's insert writes it: version 0 (so that later saves are updates
	 * guarded by {@code @Version}), mapped by the same converter, with the same type hint.
	 */
	private Document firstVersion(MongoPersistentEntity<?> entity, ChildCase childCase) {
		MongoPersistentProperty version = entity.getVersionProperty();
		if (version != null) {
			PersistentPropertyAccessor<ChildCase> accessor = entity.getPropertyAccessor(childCase);
			accessor.setProperty(version, 0L);
		}
		Document document = new Document();
		mongo.getConverter().write(childCase, document);
		return document;
	}

	private Map<String, Iterator<CaseNumber>> reserveNumbers(List<ReadRow.Accepted> rows, int year) {
		Map<String, Integer> perDistrict = new LinkedHashMap<>();
		rows.forEach(row -> perDistrict.merge(row.registration().district(), 1, Integer::sum));
		Map<String, Iterator<CaseNumber>> numbers = new LinkedHashMap<>();
		perDistrict.forEach((district, count) -> numbers.put(district,
				caseNumbers.reserve(district, year, count).iterator()));
		return numbers;
	}

	private Outcome oneByOne(Prepared prepared) {
		List<Created> created = new ArrayList<>();
		List<ReadRow.Accepted> taken = new ArrayList<>();
		for (int i = 0; i < prepared.opened().size(); i++) {
			Created candidate = prepared.opened().get(i);
			if (cases.byId(candidate.childCase().id()).isPresent()) {
				created.add(candidate);
				continue;
			}
			Document document = prepared.documents().get(i);
			try {
				mongo.execute(ChildCase.COLLECTION, collection -> collection.insertOne(document));
				created.add(candidate);
			}
			catch (DuplicateKeyException formTaken) {
				taken.add(candidate.row());
			}
		}
		return new Outcome(created, taken);
	}

	private void count(List<Created> created) {
		Map<String, Integer> perDistrict = new LinkedHashMap<>();
		created.forEach(c -> perDistrict.merge(c.childCase().district(), 1, Integer::sum));
		perDistrict.forEach((district, count) -> Counter.builder("childprotect.cases.registered")
			.description("Cases registered")
			.tag("district", district)
			.register(meters)
			.increment(count));
	}

}

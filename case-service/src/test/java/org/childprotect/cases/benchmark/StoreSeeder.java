package org.childprotect.cases.benchmark;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.childprotect.cases.search.IndexEntries;
import org.childprotect.cases.search.SearchIndex;
import org.childprotect.cases.search.keys.SearchKeys;
import org.jspecify.annotations.Nullable;

/**
 * Puts many cases straight into case-service's MongoDB database, shaped exactly like the ones the service stores:
 * each is a copy of a template case the service itself registered, with its own id, number, child, district,
 * owner, dates and search keys, and filed in the search index like the service files them. The data is
 * generated from a fixed seed, so a later run (or the clean-up) can tell which cases are the seeded ones.
 */
final class StoreSeeder implements AutoCloseable {

	private static final String ID_PREFIX = "childprotect-benchmark-case-";

	/** Seeded case numbers use sequences from here, clear of the service's own counters. */
	private static final int FIRST_SEQUENCE = 500_000;

	private static final int BATCH = 1000;

	private static final String[] CONCERNS = { "PHYSICAL_ABUSE", "SEXUAL_ABUSE", "EMOTIONAL_ABUSE",
			"DOMESTIC_VIOLENCE", "NEGLECT", "SEPARATED_UNACCOMPANIED", "CHILD_LABOUR", "TRAFFICKING", "CHILD_MARRIAGE",
			"OCSEA_GROOMING", "OCSEA_SEXTORTION", "OCSEA_CSAM_SELF_GENERATED", "OCSEA_LIVESTREAM" };

	private final MongoClient client;

	private final MongoCollection<Document> cases;

	private final MongoCollection<Document> index;

	private final MongoCollection<Document> auditTrail;

	StoreSeeder(String uri) {
		this.client = MongoClients.create(uri);
		String database = uri.substring(uri.lastIndexOf('/') + 1);
		this.cases = client.getDatabase(database).getCollection("cases");
		this.index = client.getDatabase(database).getCollection(SearchIndex.COLLECTION);
		this.auditTrail = client.getDatabase(database).getCollection("audit_trail");
	}

	long storedCases() {
		return cases.estimatedDocumentCount();
	}

	/** The audit trail grows with every request measured; its size is part of the conditions. */
	long auditEntries() {
		return auditTrail.estimatedDocumentCount();
	}

	Document stored(String caseId) {
		Document found = cases.find(eq("_id", caseId)).first();
		if (found == null) {
			throw new IllegalStateException("Case " + caseId + " is not in the database the benchmark was given");
		}
		return found;
	}

	/**
	 * The seeded cases, generated from the fixed seed; inserted unless they are stored already.
	 *
	 * @param withBirthDate a case the service registered with a date of birth
	 * @param withEstimatedAge one registered with an estimated age
	 */
	List<SeededCase> seed(int count, List<String> districts, Document withBirthDate, Document withEstimatedAge,
			Worker worker) {
		requireSameKeyShape(withBirthDate);
		List<SeededCase> seeded = generate(count, districts, worker);
		if (cases.find(eq("_id", idOf(0))).first() != null && cases.find(eq("_id", idOf(count - 1))).first() != null) {
			System.out.printf("  %,d seeded cases are stored already (from a run with --keep)%n", count);
			return seeded;
		}
		long started = System.nanoTime();
		Map<String, List<String>> entries = new HashMap<>();
		List<Document> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < seeded.size(); i++) {
			SeededCase c = seeded.get(i);
			Document document = c.toDocument(c.birthDate() != null ? withBirthDate : withEstimatedAge);
			batch.add(document);
			for (String entry : c.indexEntries()) {
				entries.computeIfAbsent(entry, e -> new ArrayList<>()).add(c.id());
			}
			if (batch.size() == BATCH) {
				insert(batch);
				if ((i + 1) % 20_000 == 0) {
					System.out.printf("  %,d cases stored%n", i + 1);
				}
			}
		}
		insert(batch);
		fileInIndex(entries);
		System.out.printf("  seeded %,d cases and %,d index entries in %d s%n", count, entries.size(),
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
		return seeded;
	}

	/** The seeded cases as generated from the fixed seed, for a clean-up (ids and keys do not depend on owners). */
	List<SeededCase> generated(int count, List<String> districts) {
		return generate(count, districts, new Worker("unknown", "unknown"));
	}

	private static List<SeededCase> generate(int count, List<String> districts, Worker worker) {
		List<SeededCase> seeded = new ArrayList<>(count);
		Random random = new Random(20260314L);
		for (int i = 0; i < count; i++) {
			seeded.add(SeededCase.generate(i, idOf(i), random, districts, worker));
		}
		return seeded;
	}

	/** Removes the seeded cases and the given other cases, and takes them off the search index. */
	void remove(List<SeededCase> seeded, List<String> otherCaseIds) {
		Map<String, Set<String>> entries = new HashMap<>();
		List<String> ids = new ArrayList<>();
		for (SeededCase c : seeded) {
			ids.add(c.id());
			// Generated without their owners: a worker's own entries may keep ids of removed cases, which no
			// search shows (a hit is only a case that is stored).
			c.indexEntries().forEach(entry -> entries.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(c.id()));
		}
		for (String id : otherCaseIds) {
			Document stored = cases.find(eq("_id", id)).first();
			if (stored == null) {
				continue;
			}
			ids.add(id);
			Document keys = stored.get("searchKeys", Document.class);
			if (keys != null) {
				SearchKeys searchKeys = new SearchKeys(keys.getList("names", String.class),
						keys.getList("phonetic", String.class), keys.getList("caregivers", String.class),
						keys.getList("caregiverPhonetic", String.class), keys.getString("caseNumber"));
				IndexEntries.of(stored.getString("district"), userId(stored.get("owner")),
						userId(stored.get("assignedWorker")), searchKeys)
					.forEach(entry -> entries.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(id));
			}
		}
		for (int from = 0; from < ids.size(); from += BATCH) {
			cases.deleteMany(in("_id", ids.subList(from, Math.min(from + BATCH, ids.size()))));
		}
		List<WriteModel<Document>> pulls = new ArrayList<>();
		entries.forEach((entry, caseIds) -> pulls.add(new UpdateOneModel<>(eq("_id", entry),
				Updates.pullAll(SearchIndex.CASE_IDS, List.copyOf(caseIds)))));
		for (int from = 0; from < pulls.size(); from += BATCH) {
			index.bulkWrite(pulls.subList(from, Math.min(from + BATCH, pulls.size())));
		}
		// Entries left empty go too; looked up by id, since any other query reads the whole index.
		List<String> touched = List.copyOf(entries.keySet());
		long emptied = 0;
		for (int from = 0; from < touched.size(); from += BATCH) {
			List<String> empty = new ArrayList<>();
			index.find(in("_id", touched.subList(from, Math.min(from + BATCH, touched.size()))))
				.forEach(entry -> {
					if (entry.getList(SearchIndex.CASE_IDS, String.class, List.of()).isEmpty()) {
						empty.add(entry.getString("_id"));
					}
				});
			if (!empty.isEmpty()) {
				emptied += index.deleteMany(in("_id", empty)).getDeletedCount();
			}
		}
		System.out.printf("  removed %,d cases from the store and the search index (%,d entries emptied)%n",
				ids.size(), emptied);
	}

	private void insert(List<Document> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			cases.insertMany(batch, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException partlyStoredBefore) {
			// Cases a cut-short earlier run stored already; any other failure is real.
			if (partlyStoredBefore.getWriteErrors().stream().anyMatch(e -> e.getCode() != 11000)) {
				throw partlyStoredBefore;
			}
		}
		batch.clear();
	}

	private void fileInIndex(Map<String, List<String>> entries) {
		List<WriteModel<Document>> upserts = new ArrayList<>();
		entries.forEach((entry, ids) -> upserts.add(new UpdateOneModel<>(eq("_id", entry),
				Updates.addEachToSet(SearchIndex.CASE_IDS, ids), new UpdateOptions().upsert(true))));
		for (int from = 0; from < upserts.size(); from += 200) {
			index.bulkWrite(upserts.subList(from, Math.min(from + 200, upserts.size())));
		}
	}

	/** Seeded documents must look like the service's: stop rather than measure a different shape. */
	private static void requireSameKeyShape(Document template) {
		Document keys = template.get("searchKeys", Document.class);
		Set<String> expected = Set.of("names", "phonetic", "caregivers", "caregiverPhonetic", "caseNumber");
		if (keys == null || !keys.keySet().equals(expected)) {
			throw new IllegalStateException("The service stores search keys as " + (keys == null ? "nothing"
					: keys.keySet()) + "; this benchmark writes " + expected + ". Update StoreSeeder.");
		}
	}

	private static String idOf(int i) {
		return UUID.nameUUIDFromBytes((ID_PREFIX + i).getBytes(StandardCharsets.UTF_8)).toString();
	}

	@Override
	public void close() {
		client.close();
	}

	/** The demo social worker some seeded cases belong to. */
	record Worker(String userId, String username) {
	}

	private static @Nullable String userId(@Nullable Object worker) {
		return worker instanceof Document stored ? stored.getString("userId") : null;
	}

	/** One generated case: what the benchmark needs to ask for it again. */
	record SeededCase(String id, String caseNumber, String district, Names.Name name, List<String> caregivers,
			LocalDate birthDate, int estimatedAge, Date registeredAt, String ownerId, String ownerName,
			String riskLevel, List<String> concerns, String sex, SearchKeys keys) {

		static SeededCase generate(int i, String id, Random random, List<String> districts, Worker worker) {
			// Half the caseload in Phnom Penh (where the demo users work), the rest spread over the other districts.
			String district = random.nextBoolean() ? "KH-PP" : districts.get(random.nextInt(districts.size()));
			Names.Name name = Names.child(random);
			List<String> caregivers = random.nextInt(10) < 6 ? List.of(Names.caregiver(random)) : List.of();
			LocalDate registeredOn = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
			int age = random.nextInt(18);
			LocalDate birthDate = random.nextInt(10) < 7 ? registeredOn.minusYears(age).minusDays(random.nextInt(365))
					: null;
			boolean workersOwn = district.equals("KH-PP") && random.nextInt(100) < 2;
			String ownerId = workersOwn ? worker.userId() : "benchmark-worker-" + random.nextInt(300);
			String ownerName = workersOwn ? worker.username() : ownerId;
			String riskLevel = new String[] { "HIGH", "MEDIUM", "MEDIUM", "LOW", "LOW" }[random.nextInt(5)];
			List<String> concerns = new ArrayList<>(new LinkedHashSet<>(
					List.of(CONCERNS[random.nextInt(CONCERNS.length)], CONCERNS[random.nextInt(CONCERNS.length)])));
			String sex = random.nextBoolean() ? "FEMALE" : "MALE";
			String caseNumber = "%s-%d-%06d".formatted(district, registeredOn.getYear(), FIRST_SEQUENCE + i);
			Date registeredAt = Date.from(registeredOn.atTime(8, 0).plusSeconds(random.nextInt(9 * 3600))
				.toInstant(ZoneOffset.ofHours(7)));
			SearchKeys keys = SearchKeys.of(caseNumber, name.givenName(), name.familyName(), List.of(), caregivers);
			return new SeededCase(id, caseNumber, district, name, caregivers, birthDate, age, registeredAt, ownerId,
					ownerName, riskLevel, concerns, sex, keys);
		}

		/** Where the service files such a case in its search index: owned and worked by its owner. */
		Set<String> indexEntries() {
			return IndexEntries.of(district, ownerId, ownerId, keys);
		}

		/** A copy of the template with this case's values in the template's fields, of the template's types. */
		Document toDocument(Document template) {
			Document document = copy(template);
			Date templateRegisteredAt = template.getDate("registeredAt");
			long shift = registeredAt.getTime() - templateRegisteredAt.getTime();
			// Dates derived from registration (assessment clock) move with it.
			template.forEach((field, value) -> {
				if (value instanceof Date date && !field.equals("registeredAt")) {
					document.put(field, new Date(date.getTime() + shift));
				}
			});
			document.put("_id", id);
			document.put("caseNumber", caseNumber);
			document.put("district", district);
			document.put("concerns", concerns);
			document.put("riskLevel", riskLevel);
			document.put("registeredAt", registeredAt);
			document.put("outbox", new ArrayList<>());
			document.put("version", 0L);
			Document owner = new Document("userId", ownerId).append("username", ownerName);
			document.put("owner", owner);
			document.put("assignedWorker", copy(owner));
			document.put("ownerAgency", "AG-DOSVY-" + district.substring(district.indexOf('-') + 1));
			Document child = document.get("child", Document.class);
			child.put("givenName", name.givenName());
			child.put("familyName", name.familyName());
			child.put("sex", sex);
			if (birthDate != null) {
				Date templateBirth = template.get("child", Document.class).getDate("dateOfBirth");
				long days = birthDate.toEpochDay() - LocalDate.of(2012, 5, 4).toEpochDay();
				child.put("dateOfBirth", new Date(templateBirth.getTime() + TimeUnit.DAYS.toMillis(days)));
			}
			else {
				child.put("estimatedAgeYears", estimatedAge);
			}
			Document details = document.get("registrationDetails", Document.class);
			if (details != null && !caregivers.isEmpty()) {
				details.put("caregivers", caregivers.stream()
					.map(c -> new Document("name", c).append("relationship", "MOTHER"))
					.toList());
			}
			document.put("searchKeys", new Document("names", keys.names()).append("phonetic", keys.phonetic())
				.append("caregivers", keys.caregivers())
				.append("caregiverPhonetic", keys.caregiverPhonetic())
				.append("caseNumber", keys.caseNumber()));
			return document;
		}

		Integer birthYear() {
			return birthDate != null ? birthDate.getYear()
					: registeredAt.toInstant().atOffset(ZoneOffset.ofHours(7)).getYear() - estimatedAge;
		}

		/** A deep copy that keeps every value's BSON type (dates, 64-bit numbers). */
		private static Document copy(Document document) {
			return Document.parse(document.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build()));
		}

	}

}

package org.childprotect.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.bson.Document;
import org.childprotect.reporting.cases.CaseFacts;
import org.childprotect.reporting.generations.Generation;
import org.childprotect.reporting.releases.Releases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as a ministry sees it, with the default disclosure policy (suppress, k=5): small counts never come
 * out, not in tables, CSV, indicators, DHIS2 payloads or the operational cases-by-district table; every release is
 * logged; and nothing a producer might leak about a child is stored or served.
 * <p>
 * One data set for the whole class: 7 cases in Siem Reap, 6 in Battambang and 3 in Phnom Penh, all girls of 14,
 * high risk, registered on 2026-03-14 (the producer's example), the Phnom Penh ones carrying personal data and free
 * text a producer should never send.
 */
@SpringBootTest(properties = { "reporting.events.retry-interval=50ms", "reporting.events.retries=2" })
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = { "case.v1", "case.v1.DLT" },
		bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final MongoWire MONGO = new MongoWire();

	/** What a careless producer might send about the Phnom Penh children; none of it may ever come out. */
	private static final Map<String, String> PERSONAL_DATA = Map.of("givenName", "Sreymom", "familyName", "Chantha",
			"dateOfBirth", "2011-07-23", "caseNumber", "KH-PP-2026-000123", "address", "Street 271, house 14");

	private static final List<String> FREE_TEXT = List.of("moved in with her aunt in Takeo",
			"stepfather drinks and beats her", "worker.pp");

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> MONGO.uri("statistics"));
	}

	@AfterAll
	static void stopMongo() {
		MONGO.stop();
	}

	@Autowired
	private KafkaTemplate<Object, Object> kafka;

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JsonMapper json;

	private final List<UUID> caseIds = new ArrayList<>();

	@BeforeAll
	void registerCases() throws Exception {
		for (int i = 0; i < 7; i++) {
			register("KH-SR", Map.of());
		}
		for (int i = 0; i < 6; i++) {
			register("KH-BB", Map.of());
		}
		for (int i = 0; i < 3; i++) {
			UUID caseId = register("KH-PP", PERSONAL_DATA);
			Map<String, Object> leaky = new HashMap<>();
			leaky.put("riskLevel", "MEDIUM");
			leaky.put("reason", FREE_TEXT.get(1));
			publish(caseId, CaseEventFixtures.event("CaseRiskChanged", caseId, 1, leaky));
			publish(caseId, CaseEventFixtures.event("CaseAssigned", caseId, 2,
					Map.of("workerUsername", FREE_TEXT.get(2), "workerName", "Dara Sok")));
		}
		await().atMost(PATIENCE)
			.until(() -> mongo.getCollection(new Generation(1).collection(CaseFacts.COLLECTION))
				.countDocuments(new Document("lastAppliedVersion", 2L)) == 3
					&& mongo.getCollection(new Generation(1).collection(CaseFacts.COLLECTION)).countDocuments() == 16);
	}

	@Test
	void theOperationalTableHidesTheSmallDistrictAndTheNextSmallestButKeepsTheTotal() throws Exception {
		mvc.perform(get("/api/reports/cases-by-district").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.district == 'KH-PP')].count").value(contains((Object) null)))
			.andExpect(jsonPath("$.rows[?(@.district == 'KH-PP')].suppressed").value(contains(true)))
			.andExpect(jsonPath("$.rows[?(@.district == 'KH-BB')].suppressed").value(contains(true)))
			.andExpect(jsonPath("$.rows[?(@.district == 'KH-SR')].count").value(contains(7)))
			.andExpect(jsonPath("$.total").value(16))
			.andExpect(jsonPath("$.totalSuppressed").value(false))
			.andExpect(jsonPath("$.disclosure.k").value(5))
			.andExpect(jsonPath("$.disclosure.mode").value("SUPPRESS"));
	}

	@Test
	void aTableOfDistrictsBySexPublishesNoSmallCountAndMarksWhatItHides() throws Exception {
		String body = mvc
			.perform(get("/api/reports/tables?measure=newCases&rows=district&columns=sex&period=2026Q1")
				.with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.rowDimensions[0]").value("district"))
			.andExpect(jsonPath("$.columnKeys[0][0]").value("FEMALE"))
			.andExpect(jsonPath("$.regionSubtotals.length()").value(2))
			.andExpect(jsonPath("$.grandTotal.value").value(16))
			.andReturn()
			.getResponse()
			.getContentAsString();

		JsonNode table = json.readTree(body);
		int phnomPenh = rowOf(table, "KH-PP");
		assertThat(table.get("cells").get(phnomPenh).get(0).get("suppressed").asBoolean()).isTrue();
		assertThat(table.get("cells").get(phnomPenh).get(0).get("value").isNull()).isTrue();
		for (JsonNode figure : figures(table)) {
			if (figure.get("suppressed").asBoolean()) {
				assertThat(figure.get("value").isNull()).as("suppressed is never 0").isTrue();
			}
			else {
				long value = figure.get("value").asLong();
				assertThat(value == 0 || value >= 5).as("published %d", value).isTrue();
			}
		}
	}

	@Test
	void aFilterCannotShowWhatTheWholeTableHides() throws Exception {
		// In the table of all districts Battambang (6) is hidden so that Phnom Penh (3) cannot be worked out from the
		// total; asking for Battambang alone, or with a neighbour, must not give it away.
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026Q1&district=KH-BB").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cells[0][0].suppressed").value(true))
			.andExpect(jsonPath("$.cells[0][0].value").isEmpty());
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026Q1&district=KH-SR,KH-BB").with(Roles.analyst()))
			.andExpect(jsonPath("$.cells[0][0].suppressed").value(true));
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026Q1&district=KH-SR").with(Roles.analyst()))
			.andExpect(jsonPath("$.cells[0][0].value").value(7));
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=district&period=2026Q1&region=KH-NW")
			.with(Roles.analyst()))
			.andExpect(jsonPath("$.rowKeys.length()").value(4))
			.andExpect(jsonPath("$.rowKeys[0][0]").value("KH-BB"))
			.andExpect(jsonPath("$.cells[0][0].suppressed").value(true))
			.andExpect(jsonPath("$.columnTotals[0].suppressed").value(true));
		mvc.perform(get("/api/reports/indicators?period=2026Q1&district=KH-BB").with(Roles.analyst()))
			.andExpect(jsonPath("$.indicators[0].value.suppressed").value(true));
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026Q1&concern=TRAFFICKING").with(Roles.analyst()))
			.andExpect(jsonPath("$.cells[0][0].value").value(0));
	}

	@Test
	void aFilterMayAddOneDimensionToTheFourAxes() throws Exception {
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=district,sex&columns=ageBand,risk&period=2026Q1"
				+ "&source=HOTLINE").with(Roles.analyst()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=district,sex&columns=ageBand,risk,source&period=2026Q1")
			.with(Roles.analyst()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=district,sex&columns=ageBand,risk&period=2026Q1"
				+ "&source=HOTLINE&concern=NEGLECT").with(Roles.analyst()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void csvCarriesTheSameFiguresWithTheSuppressedOnesEmptyAndMarked() throws Exception {
		String csv = mvc
			.perform(get("/api/reports/tables?measure=newCases&rows=district&columns=sex&period=2026Q1&format=csv")
				.with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(csv.lines().findFirst()).hasValue("region,district,sex,value,status");
		assertThat(csv).contains("KH-PP-R,KH-PP,FEMALE,,suppressed")
			.contains("KH-NW,KH-SR,FEMALE,7,published")
			.contains("ALL,ALL,ALL,16,published");
	}

	@Test
	void dhis2ValuesAreExactlyThePublishedCellsOfTheSameTableAndNothingSuppressed() throws Exception {
		String body = mvc.perform(get("/api/reports/exports/dhis2?period=202603").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("X-Suppressed-Omitted", not("0")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode payload = json.readTree(body);
		JsonNode table = json.readTree(mvc
			.perform(get("/api/reports/tables?measure=newCases&rows=district&columns=sex,ageBand&period=202603")
				.with(Roles.analyst()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		Map<String, JsonNode> published = new LinkedHashMap<>();
		Map<String, String> orgUnits = Map.of("KH-PP", "KH_PHNOM_PENH", "KH-KD", "KH_KANDAL", "KH-SR", "KH_SIEM_REAP",
				"KH-BB", "KH_BATTAMBANG", "KH-BMC", "KH_BANTEAY_MEANCHEY", "KH-PL", "KH_PAILIN");
		Map<String, String> sexes = Map.of("FEMALE", "SEX_F", "MALE", "SEX_M", "OTHER", "SEX_O", "UNKNOWN", "SEX_U");
		Map<String, String> ages = Map.of("0-4", "AGE_0_4", "5-9", "AGE_5_9", "10-14", "AGE_10_14", "15-17",
				"AGE_15_17", "unknown", "AGE_UNK");
		for (int r = 0; r < table.get("rowKeys").size(); r++) {
			for (int c = 0; c < table.get("columnKeys").size(); c++) {
				JsonNode key = table.get("columnKeys").get(c);
				published.put(orgUnits.get(table.get("rowKeys").get(r).get(0).asString()) + "/"
						+ sexes.get(key.get(0).asString()) + "_" + ages.get(key.get(1).asString()),
						table.get("cells").get(r).get(c));
			}
		}

		assertThat(payload.get("dataSet").asString()).isEqualTo("CP_MONTHLY");
		List<JsonNode> newCases = new ArrayList<>();
		payload.get("dataValues").forEach(value -> {
			if (value.get("dataElement").asString().equals("CP_NEW_CASES")) {
				newCases.add(value);
			}
		});
		long publishedCells = published.values().stream().filter(cell -> !cell.get("suppressed").asBoolean()).count();
		assertThat(newCases).hasSize((int) publishedCells);
		for (JsonNode value : newCases) {
			JsonNode cell = published.get(value.get("orgUnit").asString() + "/" + value.get("categoryOptionCombo").asString());
			assertThat(cell).as(value.toString()).isNotNull();
			assertThat(cell.get("suppressed").asBoolean()).isFalse();
			assertThat(value.get("value").asString()).isEqualTo(cell.get("value").asString());
			assertThat(value.get("period").asString()).isEqualTo("202603");
		}
	}

	@Test
	void adxCarriesTheSameValuesGroupedByOrganisationUnitAndPeriod() throws Exception {
		String adx = mvc.perform(get("/api/reports/exports/dhis2?period=202603&format=adx").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/adx+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String dataValueSets = mvc.perform(get("/api/reports/exports/dhis2?period=202603").with(Roles.analyst()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(adx.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("adx");
		assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
		NodeList groups = root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
		assertThat(groups.getLength()).isPositive();
		for (int i = 0; i < groups.getLength(); i++) {
			Element group = (Element) groups.item(i);
			assertThat(group.getAttribute("period")).isEqualTo("2026-03-01/P1M");
			assertThat(group.getAttribute("dataSet")).isEqualTo("CP_MONTHLY");
		}
		assertThat(root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue").getLength())
			.isEqualTo(json.readTree(dataValueSets).get("dataValues").size());
		NodeList values = root.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
		for (int i = 0; i < values.getLength(); i++) {
			Element value = (Element) values.item(i);
			assertThat(value.getAttribute("value")).matches("\\d+");
			if (value.getAttribute("dataElement").equals("CP_NEW_CASES")) {
				assertThat(value.getAttribute("CP_SEX")).startsWith("SEX_");
				assertThat(value.getAttribute("CP_AGE")).startsWith("AGE_");
			}
		}
	}

	@Test
	void indicatorsAreProtectedLikeTables() throws Exception {
		mvc.perform(get("/api/reports/indicators?period=2026Q1").with(Roles.analyst()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators[0].code").value("newCases"))
			.andExpect(jsonPath("$.indicators[0].value.value").value(16))
			.andExpect(jsonPath("$.indicators[1].code").value("openCaseload"))
			.andExpect(jsonPath("$.indicators[1].value.value").value(16))
			.andExpect(jsonPath("$.indicators[3].code").value("highRiskAssessedInTime"))
			.andExpect(jsonPath("$.indicators[3].value.denominator.value").value(16))
			.andExpect(jsonPath("$.indicators[3].value.value").value(0.0));
		mvc.perform(get("/api/reports/indicators?period=2026Q1&district=KH-PP").with(Roles.analyst()))
			.andExpect(jsonPath("$.indicators[0].value.value").isEmpty())
			.andExpect(jsonPath("$.indicators[0].value.suppressed").value(true));
	}

	@Test
	void everyReleaseIsLoggedWithWhoWhatPolicyAndAHashOfTheContent() throws Exception {
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=sex&period=2026").with(Roles.analyst()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=sex&period=2026").with(Roles.analyst()))
			.andExpect(status().isOk());

		List<Document> releases = mongo.findAll(Document.class, Releases.COLLECTION);
		Document release = releases.stream()
			.filter(entry -> entry.getString("query").equals("measure=newCases;rows=sex;columns=;period=2026"))
			.findFirst()
			.orElseThrow();
		assertThat(release.getString("who")).isEqualTo("ministry.analyst");
		assertThat(release.getString("kind")).isEqualTo("table");
		assertThat(release.getString("format")).isEqualTo("json");
		assertThat(release.getString("policy")).isEqualTo("SUPPRESS(k=5)");
		assertThat(release.getString("contentHash")).matches("[0-9a-f]{64}");
		assertThat(release.getInteger("times")).as("the same figures again are one entry").isGreaterThanOrEqualTo(2);
	}

	@Test
	void aRequestThatCannotBeAnsweredNamesTheParameterAtFault() throws Exception {
		mvc.perform(get("/api/reports/tables?measure=children&period=2026").with(Roles.analyst()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("measure"));
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026&distrct=KH-PP").with(Roles.analyst()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("distrct"));
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026&concern=NEGLECT,TRAFFICKING")
			.with(Roles.analyst())).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026-03").with(Roles.analyst()))
			.andExpect(jsonPath("$.errors[0].field").value("period"));
		mvc.perform(get("/api/reports/tables?measure=newCases&rows=closureReason&period=2026").with(Roles.analyst()))
			.andExpect(jsonPath("$.errors[0].field").value("rows"));
		mvc.perform(get("/api/reports/tables?measure=newCases&period=2026").with(Roles.role("social-worker")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/reports/exports/dhis2?period=2026").with(Roles.role("supervisor")))
			.andExpect(status().isForbidden());
	}

	@Test
	void noPersonalDataIsStoredOrServedAnywhere() throws Exception {
		List<String> forbidden = new ArrayList<>(PERSONAL_DATA.values());
		forbidden.addAll(FREE_TEXT);
		forbidden.add("Dara Sok");
		caseIds.forEach(id -> {
			forbidden.add(id.toString());
			forbidden.add(id.toString().replace("-", ""));
		});

		for (String collection : mongo.getCollectionNames()) {
			for (Document document : mongo.findAll(Document.class, collection)) {
				assertThat(document.toJson()).as(collection).doesNotContainIgnoringCase(forbidden.get(0));
				for (String value : forbidden) {
					assertThat(document.toJson()).as(collection).doesNotContain(value);
				}
			}
		}
		for (Document fact : mongo.findAll(Document.class, new Generation(1).collection(CaseFacts.COLLECTION))) {
			assertThat(fact.keySet()).isSubsetOf(CaseFacts.FIELDS);
			assertThat(fact.getString("ageBand")).isIn("0-4", "5-9", "10-14", "15-17", "unknown");
		}
		for (String url : List.of("/api/reports/cases-by-district", "/api/reports/metadata",
				"/api/reports/indicators?period=2026&district=KH-PP",
				"/api/reports/tables?measure=newCases&rows=district,sex&columns=ageBand,concern&period=2026",
				"/api/reports/tables?measure=openCaseload&rows=district&columns=risk&period=2026Q1&periodType=MONTH",
				"/api/reports/tables?measure=newCases&rows=district&columns=source&period=2026&format=csv",
				"/api/reports/exports/dhis2?period=2026&periodType=MONTH",
				"/api/reports/exports/dhis2?period=2026Q1&format=adx")) {
			String response = mvc.perform(get(url).with(Roles.analyst()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			for (String value : forbidden) {
				assertThat(response).as(url).doesNotContain(value);
			}
		}
	}

	private UUID register(String district, Map<String, String> personalData) throws Exception {
		UUID caseId = UUID.randomUUID();
		caseIds.add(caseId);
		String event = personalData.isEmpty() ? CaseEventFixtures.caseRegistered(caseId, 0, district)
				: CaseEventFixtures.caseRegisteredWithPersonalData(caseId, district, personalData).replace(
						"\"aggregateVersion\":1", "\"aggregateVersion\":0");
		publish(caseId, event);
		return caseId;
	}

	private void publish(UUID key, String value) throws Exception {
		kafka.send("case.v1", key.toString(), value).get();
	}

	private static int rowOf(JsonNode table, String district) {
		for (int r = 0; r < table.get("rowKeys").size(); r++) {
			if (table.get("rowKeys").get(r).get(0).asString().equals(district)) {
				return r;
			}
		}
		throw new AssertionError("no row " + district);
	}

	private static List<JsonNode> figures(JsonNode table) {
		List<JsonNode> figures = new ArrayList<>();
		table.get("cells").forEach(row -> row.forEach(figures::add));
		for (String totals : List.of("rowTotals", "columnTotals")) {
			if (table.hasNonNull(totals)) {
				table.get(totals).forEach(figures::add);
			}
		}
		table.get("regionSubtotals").forEach(region -> {
			region.get("cells").forEach(figures::add);
			if (region.hasNonNull("total")) {
				figures.add(region.get("total"));
			}
		});
		figures.add(table.get("grandTotal"));
		return figures;
	}

}

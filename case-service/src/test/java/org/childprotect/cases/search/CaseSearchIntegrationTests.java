package org.childprotect.cases.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.childprotect.cases.CaseHttp;
import org.childprotect.cases.CaseServiceTestContext;
import org.childprotect.cases.Tokens;
import org.childprotect.cases.WorkflowBodies;
import org.childprotect.cases.audit.AuditAction;
import org.childprotect.cases.audit.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search and "search before create" through HTTP against a MongoDB-wire server: what a worker types finds what
 * they should find, in their own scope and nowhere else.
 */
class CaseSearchIntegrationTests extends CaseServiceTestContext {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	private SearchIndexRebuild rebuild;

	@BeforeEach
	void emptyIndex() {
		mongo.remove(new Query(), SearchIndex.COLLECTION);
	}

	@Test
	void aCaseIsFoundByItsNumberInAnyCaseAndByItsSequenceNumber() throws Exception {
		Registered first = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		Registered second = register(Tokens.workerPp(), child("Dara", "Kim", "KH-PP"));

		search(Tokens.workerPp(), "q=" + second.number()).andExpect(jsonPath("$.content[*].id", contains(second.id())))
			.andExpect(jsonPath("$.totalElements").value(1));
		search(Tokens.workerPp(), "q=" + first.number().toLowerCase())
			.andExpect(jsonPath("$.content[*].id", contains(first.id())));
		String sequence = second.number().substring(second.number().lastIndexOf('-') + 1);
		search(Tokens.workerPp(), "q=" + Integer.parseInt(sequence))
			.andExpect(jsonPath("$.content[*].id", contains(second.id())));
		search(Tokens.workerPp(), "q=KH-PP-1999-000001").andExpect(jsonPath("$.content", empty()));
	}

	@Test
	void aNameIsFoundInAnyOrderWithOrWithoutAccentsAndInAnyCase() throws Exception {
		Registered an = register(Tokens.workerPp(), child("Văn An", "Nguyễn", "KH-PP"));
		register(Tokens.workerPp(), child("Thị Hoa", "Trần", "KH-PP"));

		for (String typed : List.of("An Nguyen", "nguyen van an", "NGUYỄN", "an", "Nguyen An Van")) {
			search(Tokens.workerPp(), "q=" + typed).andExpect(jsonPath("$.content[*].id", contains(an.id())))
				.andExpect(jsonPath("$.content[0].givenName").value("Văn An"));
		}
		search(Tokens.workerPp(), "q=Nguyen Hoa").andExpect(jsonPath("$.content", empty()))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aNameIsFoundWhateverRomanisationWasUsed() throws Exception {
		Registered sokha = register(Tokens.workerPp(), child("Sokha", "Chhan", "KH-PP"));
		Registered vanna = register(Tokens.workerPp(), child("Vanna", "Sokh", "KH-PP"));

		search(Tokens.workerPp(), "q=Chan Sokha").andExpect(jsonPath("$.content[*].id", contains(sokha.id())));
		search(Tokens.workerPp(), "q=Sok Vana").andExpect(jsonPath("$.content[*].id", contains(vanna.id())));
		search(Tokens.workerPp(), "q=Sak").andExpect(jsonPath("$.content", empty()));
	}

	@Test
	void caregiversNamesFindTheCaseOnceTheyAreRecorded() throws Exception {
		Registered dara = register(Tokens.workerPp(), child("Dara", "Kim", "KH-PP"));
		search(Tokens.workerPp(), "q=Sophea").andExpect(jsonPath("$.content", empty()));

		mvc.perform(patch("/api/cases/" + dara.id() + "/registration").with(Tokens.workerPp())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caregivers": [{"name": "Meas Sophea", "relationship": "MOTHER"}]}
					"""))
			.andExpect(status().isOk());

		search(Tokens.workerPp(), "q=Sophea").andExpect(jsonPath("$.content[*].id", contains(dara.id())));
		search(Tokens.workerPp(), "q=Mias Sophia").andExpect(jsonPath("$.content[*].id", contains(dara.id())));
		search(Tokens.workerPp(), "q=Kim Sophea").andExpect(jsonPath("$.content[*].id", contains(dara.id())));
	}

	@Test
	void filtersSortAndPagingApplyToWhatTheTextFound() throws Exception {
		Registered high = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		Registered medium = register(Tokens.workerPp(), """
				{"givenName": "Bopha", "familyName": "Chan", "sex": "FEMALE", "estimatedAgeYears": 9,
				 "district": "KH-PP", "concerns": ["CHILD_LABOUR"], "riskLevel": "MEDIUM"}
				""");
		Registered another = register(Tokens.workerPp(), child("Arun", "Chan", "KH-PP"));

		search(Tokens.workerPp(), "q=chan&riskLevel=HIGH")
			.andExpect(jsonPath("$.content[*].id", containsInAnyOrder(high.id(), another.id())));
		search(Tokens.workerPp(), "q=chan&concern=CHILD_LABOUR,NEGLECT")
			.andExpect(jsonPath("$.content[*].id", contains(medium.id())));
		search(Tokens.workerPp(), "q=chan&stage=REGISTRATION&registeredFrom=" + TODAY + "&registeredTo=" + TODAY)
			.andExpect(jsonPath("$.totalElements").value(3));
		search(Tokens.workerPp(), "q=chan&registeredTo=" + TODAY.minusDays(1))
			.andExpect(jsonPath("$.totalElements").value(0));
		search(Tokens.workerPp(), "q=chan&stage=CLOSED").andExpect(jsonPath("$.totalElements").value(0));

		search(Tokens.workerPp(), "q=chan&sort=givenName,asc")
			.andExpect(jsonPath("$.content[*].givenName", contains("Arun", "Bopha", "Sokha")));
		search(Tokens.workerPp(), "q=chan")
			.andExpect(jsonPath("$.content[*].id", contains(another.id(), medium.id(), high.id())));
		search(Tokens.workerPp(), "q=chan&sort=givenName,desc&page=1&size=2")
			.andExpect(jsonPath("$.content[*].givenName", contains("Arun")))
			.andExpect(jsonPath("$.totalElements").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2));
		search(Tokens.workerPp(), "q=chan&size=1000").andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void filtersWorkWithoutAText() throws Exception {
		Registered high = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		register(Tokens.workerPp(), """
				{"givenName": "Bopha", "familyName": "Chan", "sex": "FEMALE", "estimatedAgeYears": 9,
				 "district": "KH-PP", "concerns": ["CHILD_LABOUR"], "riskLevel": "MEDIUM"}
				""");
		register(Tokens.supervisorSr(), child("Arun", "Chan", "KH-SR"));

		search(Tokens.supervisorPp(), "riskLevel=HIGH").andExpect(jsonPath("$.content[*].id", contains(high.id())))
			.andExpect(jsonPath("$.totalElements").value(1));
		search(Tokens.supervisorPp(), "worker=worker.pp&sort=familyName").andExpect(jsonPath("$.totalElements").value(2));
		search(Tokens.supervisorPp(), "district=KH-SR").andExpect(jsonPath("$.totalElements").value(0));
		search(Tokens.supervisorSr(), "district=KH-SR&stage=registration")
			.andExpect(jsonPath("$.content[0].givenName").value("Arun"));
	}

	@Test
	void nothingOutsideTheCallersScopeIsFoundOrCounted() throws Exception {
		Registered inPhnomPenh = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		Registered inSiemReap = register(Tokens.supervisorSr(), child("Sokha", "Chan", "KH-SR"));
		RequestPostProcessor colleague = Tokens.user("worker.pp2", "social-worker", "AG-DOSVY-PP", "KH-PP");

		search(Tokens.workerPp(), "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(inPhnomPenh.id())))
			.andExpect(jsonPath("$.totalElements").value(1));
		search(Tokens.supervisorPp(), "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(inPhnomPenh.id())));
		search(Tokens.supervisorSr(), "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(inSiemReap.id())));
		search(colleague, "q=Sokha Chan").andExpect(jsonPath("$.totalElements").value(0));
		search(Tokens.workerSr(), "q=" + inPhnomPenh.number()).andExpect(jsonPath("$.totalElements").value(0));
		search(Tokens.supervisorPp(), "q=chan&district=KH-SR").andExpect(jsonPath("$.totalElements").value(0));
		for (RequestPostProcessor noCasework : List.of(Tokens.analyst(), Tokens.officerHelpline(), Tokens.importerPp())) {
			mvc.perform(get("/api/cases?q=chan").with(noCasework)).andExpect(status().isForbidden());
		}
	}

	@Test
	void aWorkerFindsACaseAssignedToThemFromTheMomentOfTheAssignment() throws Exception {
		Registered registered = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		RequestPostProcessor colleague = Tokens.user("worker.pp2", "social-worker", "AG-DOSVY-PP", "KH-PP");
		search(colleague, "q=Sokha Chan").andExpect(jsonPath("$.totalElements").value(0));

		new CaseHttp(mvc).change(HttpMethod.POST, "/api/cases/" + registered.id() + "/assignment",
				Tokens.supervisorPp(), WorkflowBodies.assignment("sub-worker.pp2", "worker.pp2"));

		search(colleague, "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(registered.id())));
		search(colleague, "q=Chan&district=KH-PP").andExpect(jsonPath("$.content[*].id", contains(registered.id())));
		search(colleague, "q=Chan&district=KH-SR").andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/cases/likely-matches?givenName=Sokha&familyName=Chan&birthYear=2012&district=KH-PP")
			.with(colleague)).andExpect(jsonPath("$[*].id", contains(registered.id())));
		// The one who registered it still owns it.
		search(Tokens.workerPp(), "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(registered.id())));
	}

	@Test
	void aWorkerReadsOnlyTheirOwnEntriesOfTheIndex() throws Exception {
		register(Tokens.supervisorPp(), child("Sokha", "Chan", "KH-PP"));
		Registered own = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));

		// The district's entries of the name list both cases; the worker's own entries only theirs.
		mongo.remove(new Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").regex("^KH-PP\\|")),
				SearchIndex.COLLECTION);

		search(Tokens.workerPp(), "q=Sokha Chan").andExpect(jsonPath("$.content[*].id", contains(own.id())));
		search(Tokens.supervisorPp(), "q=Sokha Chan").andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void whatASearchShowsIsAuditedWithoutTheSearchText() throws Exception {
		Registered sokha = register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));

		search(Tokens.supervisorPp(), "q=Sokha");

		List<AuditEntry> trail = mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class);
		AuditEntry last = trail.get(trail.size() - 1);
		assertThat(last.action()).isEqualTo(AuditAction.CASES_LISTED);
		assertThat(last.actorUsername()).isEqualTo("supervisor.pp");
		assertThat(last.caseIds()).containsExactly(sokha.id());
		assertThat(mongo.getCollection(AuditEntry.COLLECTION).find().into(new java.util.ArrayList<>()).toString())
			.doesNotContain("Sokha");
	}

	@Test
	void unreadableQueriesNameTheParameter() throws Exception {
		for (String bad : List.of("stage=DONE", "riskLevel=EXTREME", "registeredFrom=14.03.2026", "sort=age",
				"sort=registeredAt,up", "registeredFrom=2026-03-02&registeredTo=2026-03-01", "q=" + "x".repeat(201))) {
			String field = bad.startsWith("registeredFrom=2026") ? "registeredTo" : bad.substring(0, bad.indexOf('='));
			mvc.perform(get("/api/cases?" + bad).with(Tokens.workerPp()))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value(field));
		}
	}

	@Test
	void theIndexCanBeBuiltAgainFromTheStoredCases() throws Exception {
		Registered an = register(Tokens.workerPp(), child("Văn An", "Nguyễn", "KH-PP"));
		mongo.remove(new Query(), SearchIndex.COLLECTION);
		search(Tokens.workerPp(), "q=Nguyen").andExpect(jsonPath("$.content", empty()));

		rebuild.run(null);

		search(Tokens.workerPp(), "q=Nguyen").andExpect(jsonPath("$.content[*].id", contains(an.id())));
	}

	@Test
	void likelyMatchesAreScoredByNameBirthYearAndDistrict() throws Exception {
		Registered sameChild = register(Tokens.workerPp(), """
				{"givenName": "Văn An", "familyName": "Nguyễn", "sex": "MALE", "dateOfBirth": "2015-03-01",
				 "district": "KH-PP", "concerns": ["NEGLECT"], "riskLevel": "MEDIUM"}
				""");
		Registered soundsAlike = register(Tokens.workerPp(), """
				{"givenName": "Ann", "familyName": "Nguyen", "sex": "MALE", "estimatedAgeYears": 5,
				 "district": "KH-PP", "concerns": ["NEGLECT"], "riskLevel": "MEDIUM"}
				""");
		register(Tokens.workerPp(), child("Sokha", "Chan", "KH-PP"));
		register(Tokens.supervisorSr(), """
				{"givenName": "An", "familyName": "Nguyen", "sex": "MALE", "dateOfBirth": "2015-03-01",
				 "district": "KH-SR", "concerns": ["NEGLECT"], "riskLevel": "MEDIUM"}
				""");

		MvcResult result = mvc
			.perform(get("/api/cases/likely-matches?givenName=An&familyName=Nguyen&birthYear=2016&district=KH-PP")
				.with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].id").value(sameChild.id()))
			.andExpect(jsonPath("$[0].caseNumber").value(sameChild.number()))
			.andExpect(jsonPath("$[0].givenName").value("Văn An"))
			.andExpect(jsonPath("$[0].familyName").value("Nguyễn"))
			.andExpect(jsonPath("$[0].birthYear").value(2015))
			.andExpect(jsonPath("$[0].district").value("KH-PP"))
			.andExpect(jsonPath("$[1].id").value(soundsAlike.id()))
			.andExpect(jsonPath("$[1].birthYear").value(TODAY.getYear() - 5))
			.andReturn();
		JsonNode matches = json.readTree(result.getResponse().getContentAsString());
		// Two of three tokens exact (48) + one year off (17) + district (15).
		assertThat(matches.get(0).get("score").asInt()).isEqualTo(80);
		assertThat(matches.get(1).get("score").asInt()).isLessThan(80).isGreaterThan(15);

		// The full name typed family name first: all three tokens of the first case, two of three of the other.
		mvc.perform(get("/api/cases/likely-matches?givenName=Nguyen&familyName=Van An").with(Tokens.workerPp()))
			.andExpect(jsonPath("$[*].id", contains(sameChild.id(), soundsAlike.id())))
			.andExpect(jsonPath("$[0].score").value(60));
		mvc.perform(get("/api/cases/likely-matches?givenName=Dara&familyName=Kim").with(Tokens.workerPp()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", empty()));
		mvc.perform(get("/api/cases/likely-matches?givenName=An&familyName=Nguyen").with(Tokens.supervisorSr()))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].district").value("KH-SR"));
	}

	@Test
	void likelyMatchesNeedANameAndACaseworkRole() throws Exception {
		mvc.perform(get("/api/cases/likely-matches?birthYear=2015").with(Tokens.workerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("familyName"));
		mvc.perform(get("/api/cases/likely-matches?givenName=An&birthYear=1850").with(Tokens.workerPp()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("birthYear"));
		mvc.perform(get("/api/cases/likely-matches?givenName=An&familyName=Nguyen").with(Tokens.analyst()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/likely-matches?givenName=An&familyName=Nguyen")).andExpect(status().isUnauthorized());
	}

	private ResultActions search(RequestPostProcessor token, String parameters) throws Exception {
		return mvc.perform(get("/api/cases?" + parameters).with(token)).andExpect(status().isOk());
	}

	private Registered register(RequestPostProcessor token, String body) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/cases").with(token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode created = json.readTree(result.getResponse().getContentAsString());
		return new Registered(created.get("id").asString(), created.get("caseNumber").asString());
	}

	private static String child(String givenName, String familyName, String district) {
		return """
				{"givenName": "%s", "familyName": "%s", "sex": "FEMALE", "dateOfBirth": "2012-05-04",
				 "district": "%s", "concerns": ["OCSEA_GROOMING"], "riskLevel": "HIGH"}
				""".formatted(givenName, familyName, district);
	}

	private record Registered(String id, String number) {
	}

}

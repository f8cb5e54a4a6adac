package org.childprotect.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the case API as the web UI does: read a case, write with its ETag, read the new ETag back. */
public final class CaseHttp {

	private final MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	public CaseHttp(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Registers a case and answers its id. */
	public String register(RequestPostProcessor token, String body) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/cases").with(token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return json.readTree(result.getResponse().getContentAsString()).get("id").asString();
	}

	public JsonNode read(String caseId, RequestPostProcessor token) throws Exception {
		return json.readTree(mvc.perform(get("/api/cases/" + caseId).with(token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	public String etag(String caseId, RequestPostProcessor token) throws Exception {
		return mvc.perform(get("/api/cases/" + caseId).with(token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
	}

	/** A write with the given If-Match (none when null). */
	public ResultActions write(HttpMethod method, String path, RequestPostProcessor token, String ifMatch, String body)
			throws Exception {
		var builder = request(method, path).with(token).contentType(MediaType.APPLICATION_JSON).content(body);
		if (ifMatch != null) {
			builder.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return mvc.perform(builder);
	}

	/** A write with the case's current ETag, expected to succeed; answers the new case. */
	public JsonNode change(HttpMethod method, String path, RequestPostProcessor token, String body) throws Exception {
		String caseId = path.split("/")[3];
		MvcResult result = write(method, path, token, etag(caseId, token), body).andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError(method + " " + path + " answered " + result.getResponse().getStatus() + ": "
					+ result.getResponse().getContentAsString());
		}
		return json.readTree(result.getResponse().getContentAsString());
	}

}

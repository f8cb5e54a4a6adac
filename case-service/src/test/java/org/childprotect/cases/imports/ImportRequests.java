package org.childprotect.cases.imports;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Uploads and job polling as the import page does them. */
final class ImportRequests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvc mvc;

	ImportRequests(MockMvc mvc) {
		this.mvc = mvc;
	}

	static MockMultipartFile sample(String name) throws IOException {
		try (InputStream in = ImportRequests.class.getResourceAsStream("/imports/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No sample file " + name);
			}
			return new MockMultipartFile("file", name, "application/octet-stream", in.readAllBytes());
		}
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	/** Uploads and returns the accepted job (202). */
	JsonNode upload(RequestPostProcessor token, MockMultipartFile file, boolean dryRun) throws Exception {
		String body = mvc.perform(multipart("/api/imports").file(file).param("dryRun", Boolean.toString(dryRun)).with(token))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body);
	}

	/** Uploads, waits for the job to finish and returns it. */
	JsonNode importAndWait(RequestPostProcessor token, MockMultipartFile file, boolean dryRun) throws Exception {
		return awaitFinished(token, upload(token, file, dryRun).get("id").asString());
	}

	JsonNode job(RequestPostProcessor token, String id) throws Exception {
		return JSON.readTree(mvc.perform(get("/api/imports/" + id).with(token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	JsonNode awaitFinished(RequestPostProcessor token, String id) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode job = job(token, id);
			String status = job.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Import job " + id + " did not finish in time");
	}

	JsonNode rows(RequestPostProcessor token, String id, String query) throws Exception {
		return JSON.readTree(mvc.perform(get("/api/imports/" + id + "/rows?size=100" + query).with(token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}

package org.childprotect.reporting.dhis2.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.childprotect.platform.security.Caller;
import org.childprotect.reporting.dhis2.AdxXml;
import org.childprotect.reporting.dhis2.DataValueSetJson;
import org.childprotect.reporting.dhis2.Dhis2Export;
import org.childprotect.reporting.dhis2.Dhis2Payload;
import org.childprotect.reporting.releases.Release;
import org.childprotect.reporting.releases.Releases;
import org.childprotect.reporting.tables.InvalidTableRequest;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.web.TableParameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/reports/exports/dhis2?period=2024Q1&periodType=MONTH&format=json|adx}: every mapped data element
 * for the periods, as DHIS2 dataValueSets JSON (default) or ADX XML, ready to POST to DHIS2. Suppressed figures are
 * left out; how many is in {@code X-Suppressed-Omitted}.
 */
@RestController
@RequestMapping("/api/reports/exports")
@PreAuthorize("hasAnyRole('ministry-analyst', 'admin')")
class Dhis2ExportController {

	static final MediaType ADX = new MediaType("application", "adx+xml", StandardCharsets.UTF_8);

	private final Dhis2Export export;

	private final Releases releases;

	private final JsonMapper json;

	Dhis2ExportController(Dhis2Export export, Releases releases, JsonMapper json) {
		this.export = export;
		this.releases = releases;
		this.json = json;
	}

	@GetMapping("/dhis2")
	ResponseEntity<?> dhis2(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
		TableParameters.requireOnly(parameters, Set.of("period", "periodType", "format"));
		TableParameters.filters(parameters).keySet().stream().findFirst().ifPresent(filter -> {
			// An export is a whole data set; DHIS2 would read values missing because of a filter as not reported.
			throw new InvalidTableRequest(filter.field(), "a DHIS2 export covers the whole mapped data set");
		});
		String format = TableParameters.format(parameters, "json", Set.of("json", "adx"));
		List<Period> periods = TableParameters.periods(parameters);
		Dhis2Payload payload = export.export(periods);
		releases.record(new Release(caller.username(), "dhis2", format.equals("adx") ? "adx" : "dhis2-json",
				"period=" + String.join(",", payload.periods()), payload.policy(), payload.contentHash(),
				payload.suppressedOmitted()));
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Content-SHA256", payload.contentHash());
		headers.set("X-Suppressed-Omitted", String.valueOf(payload.suppressedOmitted()));
		headers.set("X-Unmapped-Omitted", String.valueOf(payload.unmappedOmitted()));
		String name = "childprotect-" + String.join("_", payload.periods());
		if (format.equals("adx")) {
			headers.setContentType(ADX);
			headers.setContentDisposition(ContentDisposition.attachment().filename(name + ".adx.xml").build());
			return ResponseEntity.ok().headers(headers).body(AdxXml.write(payload, export.mapping()));
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setContentDisposition(ContentDisposition.attachment().filename(name + ".dataValueSets.json").build());
		return ResponseEntity.ok()
			.headers(headers)
			.body(json.writeValueAsString(DataValueSetJson.write(payload, export.mapping(), json)));
	}

}

package org.childprotect.reporting.tables.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.childprotect.platform.security.Caller;
import org.childprotect.reporting.releases.Release;
import org.childprotect.reporting.releases.Releases;
import org.childprotect.reporting.tables.AggregateTables;
import org.childprotect.reporting.tables.CasesByDistrict;
import org.childprotect.reporting.tables.IndicatorSet;
import org.childprotect.reporting.tables.Indicators;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.ReleasedTable;
import org.childprotect.reporting.tables.TableRequest;
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

/**
 * Aggregate tables and indicators for the ministry. Any other role is refused: these tables are not for case work.
 * Every response is protected by the disclosure policy and recorded in the release log.
 */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('ministry-analyst', 'admin')")
class ReportsController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final AggregateTables tables;

	private final Indicators indicators;

	private final Releases releases;

	ReportsController(AggregateTables tables, Indicators indicators, Releases releases) {
		this.tables = tables;
		this.indicators = indicators;
		this.releases = releases;
	}

	/**
	 * A table of a measure, rows by columns. {@code format=csv} gives the same figures as CSV, one line per figure.
	 */
	@GetMapping("/tables")
	ResponseEntity<?> table(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
		TableRequest request = TableParameters.table(parameters);
		String format = TableParameters.format(parameters, "json", Set.of("json", "csv"));
		ReleasedTable table = tables.table(request);
		releases.record(new Release(caller.username(), "table", format, request.describe(), table.policy().toString(),
				table.contentHash(), table.suppressedCells()));
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Content-SHA256", table.contentHash());
		if (format.equals("csv")) {
			headers.setContentType(CSV);
			headers.setContentDisposition(ContentDisposition.attachment()
				.filename(request.measure().code() + "-" + String.join("_", request.periods().stream().map(Period::code).toList())
						+ ".csv")
				.build());
			return ResponseEntity.ok().headers(headers).body(TableCsv.of(table));
		}
		return ResponseEntity.ok().headers(headers).body(TableResponse.of(table));
	}

	/** The headline indicators of a period, optionally narrowed by filters of the shared dimensions. */
	@GetMapping("/indicators")
	IndicatorsResponse indicators(@RequestParam MultiValueMap<String, String> parameters, Caller caller) {
		TableParameters.requireOnly(parameters, Set.of("period", "periodType"));
		List<Period> periods = TableParameters.periods(parameters);
		IndicatorSet set = indicators.of(periods, TableParameters.filters(parameters));
		releases.record(new Release(caller.username(), "indicators", "json",
				"period=" + String.join(",", periods.stream().map(Period::code).toList()) + ";filters="
						+ new TreeMap<>(set.filters()),
				set.policy().toString(), set.contentHash(), set.suppressedCells()));
		return IndicatorsResponse.of(set);
	}

	/**
	 * Registered cases per district, all time: the first dashboard table, and the one the end-to-end tests watch.
	 * The disclosure policy applies to it like to every other table.
	 */
	@GetMapping("/cases-by-district")
	CasesByDistrictResponse casesByDistrict(Caller caller) {
		CasesByDistrict table = tables.casesByDistrict();
		releases.record(new Release(caller.username(), "cases-by-district", "json", "cases-by-district",
				table.policy().toString(), table.contentHash(), table.suppressedCells()));
		return CasesByDistrictResponse.of(table);
	}

}

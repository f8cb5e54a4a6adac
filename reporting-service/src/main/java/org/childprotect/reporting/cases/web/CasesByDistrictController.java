package org.childprotect.reporting.cases.web;

import org.childprotect.reporting.cases.CaseStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Aggregate tables for the ministry. Any other role is refused: these tables are not for case work. */
@RestController
@RequestMapping("/api/reports")
class CasesByDistrictController {

	private final CaseStatistics statistics;

	CasesByDistrictController(CaseStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/cases-by-district")
	@PreAuthorize("hasAnyRole('ministry-analyst', 'admin')")
	CasesByDistrictResponse casesByDistrict() {
		return CasesByDistrictResponse.of(statistics.casesByDistrict());
	}

}

package org.childprotect.cases.web;

import java.util.List;

import org.childprotect.cases.CasePage;

record CasePageResponse(List<CaseSummary> content, int page, int size, long totalElements, int totalPages) {

	static CasePageResponse of(CasePage page) {
		return new CasePageResponse(page.content().stream().map(CaseSummary::of).toList(), page.page(), page.size(),
				page.totalElements(), page.totalPages());
	}

}

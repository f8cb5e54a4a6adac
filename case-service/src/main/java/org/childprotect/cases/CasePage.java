package org.childprotect.cases;

import java.util.List;

/** One page of cases, newest first, with the total the caller may see. */
public record CasePage(List<ChildCase> content, int page, int size, long totalElements) {

	public CasePage {
		content = List.copyOf(content);
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
	}

}

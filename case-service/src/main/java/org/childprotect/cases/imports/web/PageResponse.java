package org.childprotect.cases.imports.web;

import java.util.List;

/** A page of anything, shaped like every list of the API. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	static <T> PageResponse<T> of(List<T> content, int page, int size, long totalElements) {
		return new PageResponse<>(content, page, size, totalElements,
				size == 0 ? 0 : (int) ((totalElements + size - 1) / size));
	}

}

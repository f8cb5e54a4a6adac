package org.childprotect.gateway.routing;

import org.springframework.util.unit.DataSize;

/** A body that announced no length grew past the limit while it was being read. */
class RequestBodyTooLarge extends RuntimeException {

	private final DataSize limit;

	RequestBodyTooLarge(DataSize limit) {
		super("Request body is larger than " + limit.toBytes() + " bytes");
		this.limit = limit;
	}

	DataSize limit() {
		return this.limit;
	}

}

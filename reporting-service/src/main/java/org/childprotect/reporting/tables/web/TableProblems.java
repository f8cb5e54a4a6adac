package org.childprotect.reporting.tables.web;

import org.childprotect.platform.security.Problems;
import org.childprotect.reporting.tables.InvalidTableRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A table that cannot be answered is the caller's mistake: 422 naming the parameter. Ordered first, because the
 * platform's advice turns any exception it sees first into a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TableProblems {

	@ExceptionHandler(InvalidTableRequest.class)
	ErrorResponse invalid(InvalidTableRequest ex) {
		return Problems.invalidField(ex.parameter(), ex.getMessage());
	}

}

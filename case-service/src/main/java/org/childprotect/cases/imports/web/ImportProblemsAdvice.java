package org.childprotect.cases.imports.web;

import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.imports.FileTooLarge;
import org.childprotect.cases.imports.ImportJobNotFound;
import org.childprotect.cases.imports.ImportNotAllowed;
import org.childprotect.cases.imports.ImportsBusy;
import org.childprotect.cases.imports.TooManyRows;
import org.childprotect.cases.imports.UnreadableFile;
import org.childprotect.platform.security.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How import refusals read over HTTP: 413 for a file over the size limit, 422 for a file that cannot be imported
 * as a whole (with the reason in words), 503 when every runner is taken. Ordered first, like the case advice,
 * because the shared advice's catch-all would otherwise answer 500.
 */
@RestControllerAdvice(assignableTypes = ImportController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemsAdvice {

	@ExceptionHandler(FileTooLarge.class)
	ErrorResponse tooLarge(FileTooLarge ex) {
		ErrorResponseException problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than "
				+ ex.limit().toMegabytes() + " MB. Split it into smaller files and import them one after the other.");
		problem.getBody().setTitle("File too large");
		problem.getBody().setProperty("maxFileSizeBytes", ex.limit().toBytes());
		return problem;
	}

	@ExceptionHandler(TooManyRows.class)
	ErrorResponse tooManyRows(TooManyRows ex) {
		ErrorResponseException problem = Problems.invalidField("file", ex.getMessage());
		problem.getBody().setTitle("Too many rows");
		problem.getBody().setDetail(ex.getMessage());
		return problem;
	}

	@ExceptionHandler(UnreadableFile.class)
	ErrorResponse unreadable(UnreadableFile ex) {
		ErrorResponseException problem = Problems.invalidField("file", ex.getMessage());
		problem.getBody().setTitle("File cannot be imported");
		problem.getBody().setDetail(ex.getMessage());
		return problem;
	}

	@ExceptionHandler(ImportsBusy.class)
	ErrorResponse busy(ImportsBusy ex) {
		ErrorResponseException problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.getHeaders().set("Retry-After", "60");
		return problem;
	}

	@ExceptionHandler(InvalidCaseInput.class)
	ErrorResponse invalid(InvalidCaseInput ex) {
		return Problems.invalidFields(ex.violations()
			.stream()
			.map(violation -> new Problems.FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler(ImportJobNotFound.class)
	ErrorResponse notFound(ImportJobNotFound ex) {
		return Problems.notFound("The import job");
	}

	@ExceptionHandler(ImportNotAllowed.class)
	ErrorResponse notAllowed(ImportNotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

}

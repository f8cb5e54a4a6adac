package org.childprotect.cases.web;

import org.childprotect.cases.ActionNotPermitted;
import org.childprotect.cases.CaseNotFound;
import org.childprotect.cases.CasePartNotFound;
import org.childprotect.cases.InvalidCaseInput;
import org.childprotect.cases.RegistrationNotAllowed;
import org.childprotect.cases.StaleCase;
import org.childprotect.cases.WorkflowRefused;
import org.childprotect.platform.security.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the case rules' refusals read over HTTP. Ordered first because the shared advice has a catch-all handler
 * that would otherwise turn these into 500s.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblemsAdvice {

	@ExceptionHandler(InvalidCaseInput.class)
	ErrorResponse invalid(InvalidCaseInput ex) {
		return Problems.invalidFields(ex.violations()
			.stream()
			.map(violation -> new Problems.FieldProblem(violation.field(), violation.message()))
			.toList());
	}

	@ExceptionHandler(CaseNotFound.class)
	ErrorResponse notFound(CaseNotFound ex) {
		return Problems.notFound("The case");
	}

	@ExceptionHandler(CasePartNotFound.class)
	ErrorResponse partNotFound(CasePartNotFound ex) {
		return Problems.notFound("The " + ex.part());
	}

	@ExceptionHandler(WorkflowRefused.class)
	ErrorResponse refused(WorkflowRefused ex) {
		ErrorResponseException problem = Problems.conflict(ex.getMessage());
		problem.getBody().setTitle("Not possible in the case's current state");
		return problem;
	}

	@ExceptionHandler(StaleCase.class)
	ErrorResponse stale(StaleCase ex) {
		ErrorResponseException problem = Problems
			.conflict("The case was changed since you read it. Reload it and apply your change again.");
		problem.getBody().setTitle("Conflicting change");
		problem.getBody().setProperty("currentVersion", ex.currentVersion());
		return problem;
	}

	@ExceptionHandler(ActionNotPermitted.class)
	ErrorResponse notPermitted(ActionNotPermitted ex) {
		return Problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(RegistrationNotAllowed.class)
	ErrorResponse notAllowed(RegistrationNotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "You may register cases only in your own districts.");
	}

}

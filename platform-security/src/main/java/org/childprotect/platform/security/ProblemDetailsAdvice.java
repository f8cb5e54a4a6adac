package org.childprotect.platform.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of the API as {@code application/problem+json}, naming the field at fault and never showing a
 * stack trace or the rejected value (it may be a child's personal data).
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldProblem> all = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(error -> all.add(new Problems.FieldProblem(error.getField(), messageOf(error))));
		all.sort(Comparator.comparing(Problems.FieldProblem::field));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> all.add(new Problems.FieldProblem(error.getObjectName(), messageOf(error))));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				all.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		body.setTitle("Invalid request");
		body.setProperty("errors", all.stream().map(Problems.FieldProblem::asMap).toList());
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		body.setTitle("Unreadable request body");
		JacksonException jackson = findCause(ex, JacksonException.class);
		String field = jackson == null ? null : path(jackson);
		if (jackson instanceof UnrecognizedPropertyException unknown) {
			body.setDetail("Unknown field '" + unknown.getPropertyName() + "'.");
			body.setProperty("errors", List.of(new Problems.FieldProblem(
					field == null ? unknown.getPropertyName() : field, "is not a known field").asMap()));
		}
		else if (field != null) {
			String message = jackson instanceof InvalidFormatException invalid
					? "has an invalid value for type " + invalid.getTargetType().getSimpleName()
					: "could not be read";
			body.setDetail("Field '" + field + "' " + message + ".");
			body.setProperty("errors", List.of(new Problems.FieldProblem(field, message).asMap()));
		}
		else {
			body.setDetail("The request body is missing or is not valid JSON.");
		}
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail staleWrite(OptimisticLockingFailureException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The record was changed by someone else. Reload it and apply your change again.");
		body.setTitle("Conflicting change");
		return body;
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ProblemDetail duplicate(DuplicateKeyException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The record already exists.");
		body.setTitle("Duplicate");
		return body;
	}

	/** Method security denials must stay 403, not fall into the catch-all below. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your role does not allow this action.");
		body.setTitle("Forbidden");
		return body;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		// The message is left out on purpose: driver messages can quote document values.
		log.error("Unhandled {} while serving a request", ex.getClass().getName(), withoutMessage(ex));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing was changed; please try again.");
		body.setTitle("Internal error");
		return body;
	}

	private static String messageOf(ObjectError error) {
		return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
	}

	private static Throwable withoutMessage(Throwable ex) {
		Throwable copy = new Throwable(ex.getClass().getName());
		copy.setStackTrace(ex.getStackTrace());
		return copy;
	}

	private static @Nullable String path(JacksonException ex) {
		List<JacksonException.Reference> refs = ex.getPath();
		if (refs == null || refs.isEmpty()) {
			return null;
		}
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : refs) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static <T extends Throwable> @Nullable T findCause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}

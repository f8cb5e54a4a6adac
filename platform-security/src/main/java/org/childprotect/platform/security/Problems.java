package org.childprotect.platform.security;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Ready-made RFC 9457 errors for the services to throw. Field errors travel in the {@code errors} property as
 * {@code [{field, message}]}, the same shape as bean-validation failures, so clients handle one format.
 */
public final class Problems {

	private Problems() {
	}

	public static ErrorResponseException notFound(String what) {
		return of(HttpStatus.NOT_FOUND, what + " was not found.");
	}

	public static ErrorResponseException conflict(String detail) {
		return of(HttpStatus.CONFLICT, detail);
	}

	public static ErrorResponseException of(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	/** A request that is well-formed but names something that does not exist or is not allowed (422). */
	public static ErrorResponseException invalidField(String field, String message) {
		return invalidFields(List.of(new FieldProblem(field, message)));
	}

	public static ErrorResponseException invalidFields(List<FieldProblem> problems) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
						: problems.size() + " fields are invalid.");
		detail.setTitle("Invalid request");
		detail.setProperty("errors", problems.stream().map(FieldProblem::asMap).toList());
		return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, detail, null);
	}

	public record FieldProblem(String field, String message) {

		Map<String, String> asMap() {
			return Map.of("field", field, "message", message);
		}

	}

}

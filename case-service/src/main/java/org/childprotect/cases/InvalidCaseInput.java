package org.childprotect.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input the case rules refuse, field by field. Messages name the rule, never the rejected value: the value may
 * be a child's name or birth date.
 */
public class InvalidCaseInput extends RuntimeException {

	private final List<Violation> violations;

	public InvalidCaseInput(List<Violation> violations) {
		super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("An invalid input needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public static InvalidCaseInput of(String field, String message) {
		return new InvalidCaseInput(List.of(new Violation(field, message)));
	}

	public List<Violation> violations() {
		return violations;
	}

	public record Violation(String field, String message) {

		@Override
		public String toString() {
			return field + ": " + message;
		}

	}

}

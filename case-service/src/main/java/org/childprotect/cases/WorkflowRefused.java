package org.childprotect.cases;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command that does not fit the state the case is in (its stage, or the state of an approval, service or
 * consent). Nothing was changed; the message says what is possible instead and names no personal data.
 */
public class WorkflowRefused extends RuntimeException {

	public WorkflowRefused(String message) {
		super(message);
	}

	static WorkflowRefused inStage(Stage stage, String action, Set<Stage> allowed) {
		String stages = allowed.stream().sorted().map(Stage::name).collect(Collectors.joining(", "));
		return new WorkflowRefused("The case is in stage " + stage + ": " + action + " is possible only in stage "
				+ stages + ".");
	}

}

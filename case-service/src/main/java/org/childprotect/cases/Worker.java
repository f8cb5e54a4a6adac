package org.childprotect.cases;

import java.util.Objects;

import org.childprotect.platform.security.Caller;

/**
 * A staff member as a case remembers them: the token subject (stable) and the login name at the time (for
 * display and audit).
 */
public record Worker(String userId, String username) {

	public Worker {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(username, "username");
	}

	public static Worker of(Caller caller) {
		return new Worker(caller.userId(), caller.username());
	}

}

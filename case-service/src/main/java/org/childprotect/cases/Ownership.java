package org.childprotect.cases;

import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Who answers for a case: the registering owner, their agency, and the worker doing the casework. A social worker
 * who registers a case also works it; a supervisor registers on someone's behalf and assigns a worker later.
 */
public record Ownership(Worker owner, @Nullable String ownerAgency, @Nullable Worker assignedWorker) {

	public static Ownership registeredBy(Caller caller) {
		Worker registrar = Worker.of(caller);
		return new Ownership(registrar, caller.agency(),
				caller.hasRole(Caller.SOCIAL_WORKER) ? registrar : null);
	}

}

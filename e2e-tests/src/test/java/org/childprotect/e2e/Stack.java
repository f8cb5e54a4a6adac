package org.childprotect.e2e;

import java.nio.file.Path;

/**
 * Where the running stack is. Defaults match bin/start; override with system properties when the stack runs
 * elsewhere (e.g. docker-compose on another host).
 */
final class Stack {

	static final String GATEWAY = System.getProperty("e2e.gateway", "http://localhost:8080");

	static final String KEYCLOAK = System.getProperty("e2e.keycloak", "http://localhost:8180");

	static final String REALM = "childprotect";

	/** The repository root, for the scripts that stop and start single components. */
	static final Path ROOT = Path.of(System.getProperty("e2e.root", "..")).toAbsolutePath().normalize();

	static final String DEMO_PASSWORD = "demo";

	private Stack() {
	}

}

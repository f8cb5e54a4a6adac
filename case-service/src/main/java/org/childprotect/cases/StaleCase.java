package org.childprotect.cases;

/**
 * A write based on a version of the case that is no longer current: someone changed it since the caller read
 * it. Checked before anything is changed, and again by the conditional save.
 */
public class StaleCase extends RuntimeException {

	private final long currentVersion;

	public StaleCase(long expectedVersion, long currentVersion) {
		super("The case is at version " + currentVersion + ", the change was based on version " + expectedVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

}

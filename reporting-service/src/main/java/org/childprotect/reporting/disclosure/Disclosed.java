package org.childprotect.reporting.disclosure;

import org.jspecify.annotations.Nullable;

/** The published form of a {@link LinkedTable}: a value per cell, or nothing where the cell is suppressed. */
public final class Disclosed {

	private final @Nullable Long[] values;

	private final DisclosurePolicy policy;

	Disclosed(@Nullable Long[] values, DisclosurePolicy policy) {
		this.values = values;
		this.policy = policy;
	}

	/** The value to publish, or null: a suppressed cell is never published as zero. */
	public @Nullable Long value(int cell) {
		return values[cell];
	}

	public boolean isSuppressed(int cell) {
		return values[cell] == null;
	}

	public int size() {
		return values.length;
	}

	public int suppressedCount() {
		int count = 0;
		for (Long value : values) {
			if (value == null) {
				count++;
			}
		}
		return count;
	}

	public DisclosurePolicy policy() {
		return policy;
	}

}

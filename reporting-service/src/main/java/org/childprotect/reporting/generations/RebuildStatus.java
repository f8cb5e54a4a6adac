package org.childprotect.reporting.generations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The last rebuild as the pointer document records it. */
public record RebuildStatus(int generation, RebuildState state, String requestedBy, Instant startedAt,
		@Nullable Instant finishedAt, long eventsReplayed, @Nullable Double eventsPerSecond, @Nullable String failure) {

	public boolean isRunning() {
		return state == RebuildState.REPLAYING || state == RebuildState.SWITCHING;
	}

}

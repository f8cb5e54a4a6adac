package org.childprotect.reporting.generations.web;

import java.time.Instant;

import org.childprotect.platform.security.Caller;
import org.childprotect.platform.security.Problems;
import org.childprotect.reporting.generations.Generations;
import org.childprotect.reporting.generations.RebuildStatus;
import org.childprotect.reporting.generations.Rebuilds;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/reports/admin/rebuilds} replays the topics into a fresh generation and switches over when it has
 * caught up; {@code GET /api/reports/admin/rebuilds/latest} says how far it is. Administrators only.
 */
@RestController
@RequestMapping("/api/reports/admin/rebuilds")
@PreAuthorize("hasRole('admin')")
class RebuildController {

	record RebuildBody(int generation, String state, int activeGeneration, String requestedBy, Instant startedAt,
			@Nullable Instant finishedAt, long eventsReplayed, @Nullable Double eventsPerSecond,
			@Nullable String failure) {
	}

	private final Rebuilds rebuilds;

	private final Generations generations;

	RebuildController(Rebuilds rebuilds, Generations generations) {
		this.rebuilds = rebuilds;
		this.generations = generations;
	}

	@PostMapping
	ResponseEntity<RebuildBody> start(Caller caller) {
		RebuildStatus status = rebuilds.start(caller.username())
			.orElseThrow(() -> Problems.conflict("A rebuild is already running; see /api/reports/admin/rebuilds/latest."));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body(status));
	}

	@GetMapping("/latest")
	RebuildBody latest() {
		return rebuilds.lastRebuild().map(this::body).orElseThrow(() -> Problems.notFound("A rebuild"));
	}

	private RebuildBody body(RebuildStatus status) {
		return new RebuildBody(status.generation(), status.state().name(), generations.active().number(),
				status.requestedBy(), status.startedAt(), status.finishedAt(), status.eventsReplayed(),
				status.eventsPerSecond(), status.failure());
	}

}

package org.childprotect.cases.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.childprotect.cases.ChildCase;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

class PendingCasesUnitTests {

	private final PendingCases hints = new PendingCases();

	@Test
	void onlyStoredCasesWithEventsWaitingAreHinted() {
		hints.onSaved(saved(ChildCase.COLLECTION, "with-events", List.of(new Document("eventId", "e-1"))));
		hints.onSaved(saved(ChildCase.COLLECTION, "published-already", List.of()));
		hints.onSaved(saved("import_jobs", "not-a-case", List.of(new Document("eventId", "e-2"))));

		assertThat(hints.take(10)).containsExactly("with-events");
		assertThat(hints.take(10)).as("taken means taken").isEmpty();
	}

	@Test
	void pastTheBoundIdsAreDroppedAndTheRelayIsToldToSweepOnce() {
		for (int i = 0; i <= PendingCases.MAX_HINTS; i++) {
			hints.onSaved(saved(ChildCase.COLLECTION, "case-" + i, List.of(new Document("eventId", "e-" + i))));
		}

		assertThat(hints.overflowedSinceAsked()).isTrue();
		assertThat(hints.overflowedSinceAsked()).as("told once per overflow").isFalse();
		assertThat(hints.take(PendingCases.MAX_HINTS + 1)).hasSize(PendingCases.MAX_HINTS);
	}

	private static AfterSaveEvent<Object> saved(String collection, String id, List<Document> outbox) {
		return new AfterSaveEvent<>(new Object(), new Document("_id", id).append("outbox", outbox), collection);
	}

}

package org.childprotect.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.childprotect.cases.MongoWireServer;
import org.childprotect.platform.security.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The trail as two instances of the service write it into one MongoDB-wire server: each remembers the head it
 * last wrote, and the chain must still come out whole, in one order, without gaps.
 */
class AuditTrailIntegrationTests {

	private static final Caller WORKER = new Caller("u-1", "worker.pp", Set.of(Caller.SOCIAL_WORKER),
			Set.of("KH-PP"), "AG-DOSVY-PP");

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void emptyTrail() {
		client = MongoClients.create(MongoWireServer.uri("audit-trail-instances"));
		mongo = new MongoTemplate(client, "audit-trail-instances");
		mongo.remove(new Query(), AuditEntry.class);
		mongo.remove(new Query(), CaseChangeIndex.COLLECTION);
	}

	@AfterEach
	void closeClient() {
		client.close();
	}

	@Test
	void twoInstancesTakingTurnsKeepOneUnbrokenChain() {
		AuditTrail first = new AuditTrail(mongo, Clock.systemUTC(), new CaseChangeIndex(mongo));
		AuditTrail second = new AuditTrail(mongo, Clock.systemUTC(), new CaseChangeIndex(mongo));

		first.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		first.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		second.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-2"), List.of("identity"));
		AuditEntry afterTheOther = first.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		second.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-2"), List.of("identity"));

		assertThat(afterTheOther.sequence()).as("the first instance follows what the second appended").isEqualTo(4);
		assertThat(mongo.find(new Query().with(Sort.by("_id")), AuditEntry.class)).extracting(AuditEntry::sequence)
			.containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(first.verify().intact()).isTrue();
		assertThat(first.verify().entries()).isEqualTo(5);
	}

	@Test
	void aCasesChangesAreFoundNewestFirstWithoutItsReadsOrOtherCases() {
		AuditTrail trail = new AuditTrail(mongo, Clock.systemUTC(), new CaseChangeIndex(mongo));
		AuditEntry registered = trail.record(WORKER, AuditAction.CASE_REGISTERED, List.of("c-1"), List.of("identity"));
		trail.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		trail.record(WORKER, AuditAction.CASE_REGISTERED, List.of("c-2"), List.of("identity"));
		AuditEntry assessed = trail.record(WORKER, AuditAction.ASSESSMENT_COMPLETED, List.of("c-1", "c-2"),
				List.of("assessment"));

		assertThat(trail.changesOfCase("c-1", 10)).extracting(AuditEntry::sequence)
			.containsExactly(assessed.sequence(), registered.sequence());
		assertThat(trail.changesOfCase("c-1", 1)).extracting(AuditEntry::sequence).containsExactly(assessed.sequence());
		assertThat(trail.changesOfCase("c-3", 10)).isEmpty();
	}

	@Test
	void theIndexOfChangesIsBuiltFromATrailWrittenBeforeIt() {
		AuditTrail trail = new AuditTrail(mongo, Clock.systemUTC(), new CaseChangeIndex(mongo));
		AuditEntry registered = trail.record(WORKER, AuditAction.CASE_REGISTERED, List.of("c-1"), List.of("identity"));
		trail.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		mongo.remove(new Query(), CaseChangeIndex.COLLECTION);

		new CaseChangeIndex(mongo).run(null);

		assertThat(trail.changesOfCase("c-1", 10)).extracting(AuditEntry::sequence)
			.containsExactly(registered.sequence());
	}

	@Test
	void aRememberedHeadThatIsNoLongerStoredIsNotBuiltOn() {
		AuditTrail trail = new AuditTrail(mongo, Clock.systemUTC(), new CaseChangeIndex(mongo));
		trail.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));
		trail.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));

		// A fresh store behind a running service (as between tests); the chain starts again from its genesis.
		mongo.remove(new Query(), AuditEntry.class);
		AuditEntry next = trail.record(WORKER, AuditAction.CASE_VIEWED, List.of("c-1"), List.of("identity"));

		assertThat(next.sequence()).isEqualTo(1);
		assertThat(next.previousHash()).isEqualTo(AuditChain.GENESIS);
		assertThat(trail.verify().intact()).isTrue();
	}

}

package org.childprotect.cases.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditChainUnitTests {

	private final List<AuditEntry> trail = new ArrayList<>();

	@BeforeEach
	void threeEntries() {
		append("worker.pp", AuditAction.CASE_REGISTERED, List.of("case-1"), List.of("identity", "risk"));
		append("worker.pp", AuditAction.CASE_VIEWED, List.of("case-1"), List.of("identity"));
		append("supervisor.pp", AuditAction.CASES_LISTED, List.of("case-1", "case-2"), List.of("identity"));
	}

	@Test
	void anUntouchedTrailVerifies() {
		AuditChain.Verification verification = AuditChain.verify(trail);

		assertThat(verification.intact()).isTrue();
		assertThat(verification.entries()).isEqualTo(3);
		assertThat(trail.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
		assertThat(trail.get(1).previousHash()).isEqualTo(trail.get(0).hash());
	}

	@Test
	void editingWhoDidSomethingIsDetected() {
		AuditEntry original = trail.get(1);
		trail.set(1, new AuditEntry(original.sequence(), original.at(), original.actorId(), "someone.else",
				original.action(), original.caseIds(), original.sections(), original.previousHash(),
				original.hash()));

		assertThat(AuditChain.verify(trail)).satisfies(v -> {
			assertThat(v.intact()).isFalse();
			assertThat(v.brokenAt()).isEqualTo(2);
		});
	}

	@Test
	void hidingACaseFromAListEntryIsDetected() {
		AuditEntry original = trail.get(2);
		trail.set(2, new AuditEntry(original.sequence(), original.at(), original.actorId(), original.actorUsername(),
				original.action(), List.of("case-2"), original.sections(), original.previousHash(), original.hash()));

		assertThat(AuditChain.verify(trail).brokenAt()).isEqualTo(3);
	}

	@Test
	void rewritingAnEntryWithAFreshHashBreaksTheNextLink() {
		AuditEntry original = trail.get(0);
		AuditEntry forged = new AuditEntry(original.sequence(), original.at(), original.actorId(),
				original.actorUsername(), AuditAction.CASE_VIEWED, original.caseIds(), original.sections(),
				original.previousHash(), "");
		trail.set(0, new AuditEntry(forged.sequence(), forged.at(), forged.actorId(), forged.actorUsername(),
				forged.action(), forged.caseIds(), forged.sections(), forged.previousHash(),
				AuditChain.hashOf(forged)));

		assertThat(AuditChain.verify(trail)).satisfies(v -> {
			assertThat(v.intact()).isFalse();
			assertThat(v.brokenAt()).isEqualTo(2);
			assertThat(v.reason()).contains("does not follow");
		});
	}

	@Test
	void deletingAnEntryIsDetected() {
		trail.remove(1);

		assertThat(AuditChain.verify(trail).brokenAt()).isEqualTo(2);
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		AuditEntry a = AuditChain.append(null, Instant.parse("2026-03-14T02:00:00Z"), "ab", "c",
				AuditAction.CASE_VIEWED, List.of(), List.of());
		AuditEntry b = AuditChain.append(null, Instant.parse("2026-03-14T02:00:00Z"), "a", "bc",
				AuditAction.CASE_VIEWED, List.of(), List.of());

		assertThat(a.hash()).isNotEqualTo(b.hash());
	}

	private void append(String username, AuditAction action, List<String> caseIds, List<String> sections) {
		AuditEntry previous = trail.isEmpty() ? null : trail.get(trail.size() - 1);
		trail.add(AuditChain.append(previous, Instant.parse("2026-03-14T02:15:30.123456Z"), "sub-" + username,
				username, action, caseIds, sections));
	}

}

package org.childprotect.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.childprotect.platform.security.Caller;

/** Cases, callers and registration bodies that read like the domain. */
public final class CaseFixtures {

	public static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

	public static final ZonedDateTime REGISTRATION_TIME = ZonedDateTime.of(2026, 3, 14, 9, 15, 30, 0, PHNOM_PENH);

	private CaseFixtures() {
	}

	public static Caller workerPp() {
		return new Caller("sub-worker-pp", "worker.pp", Set.of(Caller.SOCIAL_WORKER), Set.of("KH-PP"),
				"AG-DOSVY-PP");
	}

	public static Caller supervisorPp() {
		return new Caller("sub-supervisor-pp", "supervisor.pp", Set.of(Caller.SUPERVISOR), Set.of("KH-PP"),
				"AG-DOSVY-PP");
	}

	public static Caller supervisorSr() {
		return new Caller("sub-supervisor-sr", "supervisor.sr", Set.of(Caller.SUPERVISOR), Set.of("KH-SR"),
				"AG-DOSVY-SR");
	}

	public static Caller analyst() {
		return new Caller("sub-analyst", "analyst", Set.of(Caller.MINISTRY_ANALYST), Set.of(), "AG-MOSVY");
	}

	/** A 14-year-old girl groomed and extorted online, date of birth known. */
	public static Registration girlGroomedOnline() {
		return new Registration(
				new ChildIdentity("Sokha", "Chan", Sex.FEMALE, LocalDate.of(2011, 10, 2), null), "KH-PP",
				List.of("OCSEA_GROOMING", "OCSEA_SEXTORTION"), RiskLevel.HIGH, CaseSource.DIRECT);
	}

	/** A boy of about ten found working, age only estimated. */
	public static Registration boyInChildLabour() {
		return new Registration(new ChildIdentity("Dara", "Kim", Sex.MALE, null, 10), "KH-PP",
				List.of("CHILD_LABOUR"), RiskLevel.MEDIUM, CaseSource.DIRECT);
	}

	public static ChildCase registeredBy(Caller caller, Registration registration) {
		return ChildCase.register(CaseId.random(),
				CaseNumber.of(registration.district(), REGISTRATION_TIME.getYear(), 1), registration,
				Ownership.registeredBy(caller), REGISTRATION_TIME, new RecordingEnvelopes());
	}

	/** Keeps the event itself instead of JSON, so domain tests can look at what was raised. */
	public static final class RecordingEnvelopes implements EventEnvelopes {

		@Override
		public OutboxEntry seal(CaseEvent event, CaseId aggregateId, long aggregateVersion, Instant occurredAt) {
			return new OutboxEntry("event-" + aggregateVersion, event.eventType(), aggregateVersion, occurredAt,
					event.toString());
		}

	}

}

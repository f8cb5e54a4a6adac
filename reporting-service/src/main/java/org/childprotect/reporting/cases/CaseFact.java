package org.childprotect.reporting.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * One case as the reporting read model knows it: codes, an age band and days, under a pseudonymous key.
 * <p>
 * Each part carries the version of the event that last set it, and an event only changes a part it is newer than.
 * This makes the fact independent of the order events arrive in (a late registration still fills in the
 * registration, an old risk change does not undo a newer one) and makes redeliveries change nothing. Several
 * events of one save share a version; they touch different parts, so each still applies once.
 */
public record CaseFact(CaseKey key, long lastAppliedVersion, @Nullable Registration registration,
		@Nullable Versioned risk, @Nullable Versioned stage, @Nullable Assessment assessment, List<Closure> closures,
		List<Reopening> reopenings, List<StatisticsConsent> statisticsConsents, List<Service> services) {

	/** Where and when the case was registered, and what the child was then, coarsened. */
	public record Registration(long version, String district, String region, String sex, String ageBand,
			List<String> concerns, String source, LocalDate registeredOn, String risk) {

		public Registration {
			concerns = List.copyOf(concerns);
		}

	}

	/** A single code and the version that set it. */
	public record Versioned(long version, String value) {
	}

	public record Assessment(long version, LocalDate assessedOn, @Nullable Boolean withinDeadline) {
	}

	public record Closure(long version, LocalDate closedOn, String reason) {
	}

	public record Reopening(long version, LocalDate reopenedOn) {
	}

	/** A consent for statistics under the token of its id. */
	public record StatisticsConsent(String token, long version, boolean active) {
	}

	/** A service of the case under the token of its id. */
	public record Service(String token, long version, String serviceType, String status,
			@Nullable LocalDate deliveredOn) {
	}

	public static final String DELIVERED = "DELIVERED";

	public CaseFact {
		Objects.requireNonNull(key, "key");
		closures = sorted(closures, Comparator.comparingLong(Closure::version));
		reopenings = sorted(reopenings, Comparator.comparingLong(Reopening::version));
		statisticsConsents = sorted(statisticsConsents, Comparator.comparing(StatisticsConsent::token));
		services = sorted(services, Comparator.comparing(Service::token));
	}

	/** A case no event has been applied to yet. */
	public static CaseFact empty(CaseKey key) {
		return new CaseFact(key, -1, null, null, null, null, List.of(), List.of(), List.of(), List.of());
	}

	public boolean isEmpty() {
		return lastAppliedVersion < 0;
	}

	CaseFact registered(Registration newer, String registeredStage) {
		CaseFact result = this;
		if (registration == null || newer.version() > registration.version()) {
			result = new CaseFact(key, lastAppliedVersion, newer, risk, stage, assessment, closures, reopenings,
					statisticsConsents, services);
		}
		return result.withRisk(newer.version(), newer.risk())
			.withStage(newer.version(), registeredStage)
			.seen(newer.version());
	}

	CaseFact withRisk(long version, String level) {
		if (risk != null && version <= risk.version()) {
			return this;
		}
		return new CaseFact(key, lastAppliedVersion, registration, new Versioned(version, level), stage, assessment,
				closures, reopenings, statisticsConsents, services)
			.seen(version);
	}

	CaseFact withStage(long version, String newStage) {
		if (stage != null && version <= stage.version()) {
			return this;
		}
		return new CaseFact(key, lastAppliedVersion, registration, risk, new Versioned(version, newStage), assessment,
				closures, reopenings, statisticsConsents, services)
			.seen(version);
	}

	/**
	 * Keeps the first assessment of the case: the deadline indicator is about how fast a case was assessed after
	 * registration, and a reassessment after reopening must not change that. The lowest version wins, so the
	 * order of arrival does not matter.
	 */
	CaseFact assessed(Assessment other) {
		if (assessment != null && other.version() >= assessment.version()) {
			return this;
		}
		return new CaseFact(key, lastAppliedVersion, registration, risk, stage, other, closures, reopenings,
				statisticsConsents, services)
			.seen(other.version());
	}

	/** Closures are history, not state: each one counts in the month it happened, however often a case closes. */
	CaseFact closed(Closure closure) {
		if (closures.stream().anyMatch(known -> known.version() == closure.version())) {
			return this;
		}
		return new CaseFact(key, lastAppliedVersion, registration, risk, stage, assessment, plus(closures, closure),
				reopenings, statisticsConsents, services)
			.seen(closure.version());
	}

	CaseFact reopened(Reopening reopening) {
		if (reopenings.stream().anyMatch(known -> known.version() == reopening.version())) {
			return this;
		}
		return new CaseFact(key, lastAppliedVersion, registration, risk, stage, assessment, closures,
				plus(reopenings, reopening), statisticsConsents, services)
			.seen(reopening.version());
	}

	CaseFact withStatisticsConsent(StatisticsConsent consent) {
		Optional<StatisticsConsent> known = statisticsConsents.stream()
			.filter(held -> held.token().equals(consent.token()))
			.findFirst();
		if (known.isPresent() && consent.version() <= known.get().version()) {
			return this;
		}
		List<StatisticsConsent> updated = replacing(statisticsConsents, held -> held.token().equals(consent.token()),
				consent);
		return new CaseFact(key, lastAppliedVersion, registration, risk, stage, assessment, closures, reopenings,
				updated, services)
			.seen(consent.version());
	}

	CaseFact withService(Service service) {
		Optional<Service> known = services.stream().filter(held -> held.token().equals(service.token())).findFirst();
		if (known.isPresent() && service.version() <= known.get().version()) {
			return this;
		}
		List<Service> updated = replacing(services, held -> held.token().equals(service.token()), service);
		return new CaseFact(key, lastAppliedVersion, registration, risk, stage, assessment, closures, reopenings,
				statisticsConsents, updated)
			.seen(service.version());
	}

	/** Records that an event of this version was applied, for changes that touch no other part. */
	CaseFact seen(long version) {
		if (version <= lastAppliedVersion) {
			return this;
		}
		return new CaseFact(key, version, registration, risk, stage, assessment, closures, reopenings,
				statisticsConsents, services);
	}

	/** The risk level now: the newest of registration, risk changes and assessments. */
	public @Nullable String currentRisk() {
		return risk != null ? risk.value() : (registration != null ? registration.risk() : null);
	}

	/** Closed if the newest closure is newer than the newest reopening. */
	public boolean isClosed() {
		long lastClosure = closures.isEmpty() ? -1 : closures.get(closures.size() - 1).version();
		long lastReopening = reopenings.isEmpty() ? -1 : reopenings.get(reopenings.size() - 1).version();
		return lastClosure > lastReopening;
	}

	public boolean hasActiveStatisticsConsent() {
		return statisticsConsents.stream().anyMatch(StatisticsConsent::active);
	}

	private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
		List<T> copy = new ArrayList<>(items);
		copy.sort(order);
		return List.copyOf(copy);
	}

	private static <T> List<T> plus(List<T> items, T item) {
		List<T> copy = new ArrayList<>(items);
		copy.add(item);
		return copy;
	}

	private static <T> List<T> replacing(List<T> items, Predicate<T> same, T item) {
		List<T> copy = new ArrayList<>(items);
		copy.removeIf(same);
		copy.add(item);
		return copy;
	}

}

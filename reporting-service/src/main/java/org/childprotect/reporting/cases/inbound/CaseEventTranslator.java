package org.childprotect.reporting.cases.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.childprotect.reporting.cases.AdvancedStage;
import org.childprotect.reporting.cases.AssignedCase;
import org.childprotect.reporting.cases.CaseChange;
import org.childprotect.reporting.cases.ChangedConsent;
import org.childprotect.reporting.cases.ChangedRisk;
import org.childprotect.reporting.cases.ClosedCase;
import org.childprotect.reporting.cases.CompletedAssessment;
import org.childprotect.reporting.cases.FactRules;
import org.childprotect.reporting.cases.RecordedService;
import org.childprotect.reporting.cases.RegisteredCase;
import org.childprotect.reporting.cases.ReopenedCase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code case.v1} JSON into this service's own types and refuses what is incomplete. */
@Component
class CaseEventTranslator {

	static final String CASE_REGISTERED = "CaseRegistered";

	private final JsonMapper json;

	private final FactRules rules;

	private final Map<String, Function<CaseEventEnvelope, CaseChange>> readers;

	CaseEventTranslator(JsonMapper json, FactRules rules) {
		this.json = json;
		this.rules = rules;
		this.readers = Map.of(CASE_REGISTERED, this::registeredCase, "CaseRiskChanged", this::changedRisk,
				"CaseAssessed", this::completedAssessment, "CaseStageAdvanced", this::advancedStage,
				"CaseServiceRecorded", this::recordedService, "CaseConsentChanged", this::changedConsent,
				"CaseClosed", this::closedCase, "CaseReopened", this::reopenedCase, "CaseAssigned",
				envelope -> new AssignedCase(caseId(envelope), version(envelope)));
	}

	CaseEventEnvelope envelope(@Nullable String value) {
		if (value == null) {
			throw new UnreadableCaseEvent("a case event without a value");
		}
		CaseEventEnvelope envelope = read(value);
		if (envelope == null) {
			throw new UnreadableCaseEvent("a case event that is JSON null");
		}
		if (envelope.type() == null || envelope.type().isBlank()) {
			throw new UnreadableCaseEvent("a case event without a type");
		}
		return envelope;
	}

	/** Whether this service reports on events of the envelope's type; others are skipped. */
	boolean reportsOn(CaseEventEnvelope envelope) {
		return readers.containsKey(envelope.type());
	}

	/** The change the event describes; only for types this service {@link #reportsOn reports on}. */
	CaseChange change(CaseEventEnvelope envelope) {
		var reader = readers.get(envelope.type());
		if (reader == null) {
			throw new IllegalArgumentException("not a reported event type");
		}
		try {
			return reader.apply(envelope);
		}
		catch (IllegalArgumentException | NullPointerException invalid) {
			throw new UnreadableCaseEvent(envelope.type() + " is invalid: " + invalid.getMessage());
		}
	}

	RegisteredCase registeredCase(CaseEventEnvelope envelope) {
		CaseEventData.Registered data = data(envelope, CaseEventData.Registered.class);
		try {
			return new RegisteredCase(caseId(envelope), version(envelope), required(data.district(), "district"),
					required(data.sex(), "sex"), data.ageYears(), data.agePrecision(),
					required(data.concerns(), "concerns"), required(data.riskLevel(), "riskLevel"),
					required(data.stage(), "stage"), required(data.source(), "source"),
					required(data.registeredOn(), "registeredOn"));
		}
		catch (IllegalArgumentException | NullPointerException invalid) {
			throw new UnreadableCaseEvent(envelope.type() + " is invalid: " + invalid.getMessage());
		}
	}

	private ChangedRisk changedRisk(CaseEventEnvelope envelope) {
		CaseEventData.RiskChanged data = data(envelope, CaseEventData.RiskChanged.class);
		return new ChangedRisk(caseId(envelope), version(envelope),
				required(first(data.riskLevel(), data.newRiskLevel()), "riskLevel"));
	}

	private CompletedAssessment completedAssessment(CaseEventEnvelope envelope) {
		CaseEventData.Assessed data = data(envelope, CaseEventData.Assessed.class);
		Instant assessedAt = first(data.assessedAt(), data.completedAt());
		LocalDate assessedOn = first(data.assessedOn(), day(assessedAt), day(envelope.occurredAt()));
		Boolean withinDeadline = data.withinDeadline();
		Instant due = first(data.dueAt(), data.assessmentDueAt());
		if (withinDeadline == null && due != null && assessedAt != null) {
			// Both instants are at hand: judge the deadline exactly here, and keep only the verdict.
			withinDeadline = !assessedAt.isAfter(due);
		}
		return new CompletedAssessment(caseId(envelope), version(envelope), required(assessedOn, "assessedOn"),
				data.riskLevel(), withinDeadline);
	}

	private AdvancedStage advancedStage(CaseEventEnvelope envelope) {
		CaseEventData.StageAdvanced data = data(envelope, CaseEventData.StageAdvanced.class);
		return new AdvancedStage(caseId(envelope), version(envelope),
				required(first(data.stage(), data.toStage(), data.to()), "stage"));
	}

	private RecordedService recordedService(CaseEventEnvelope envelope) {
		CaseEventData.ServiceRecorded data = data(envelope, CaseEventData.ServiceRecorded.class);
		return new RecordedService(caseId(envelope), version(envelope),
				required(first(data.serviceId(), data.id()), "serviceId"), required(data.serviceType(), "serviceType"),
				required(data.status(), "status"), data.deliveredOn());
	}

	private ChangedConsent changedConsent(CaseEventEnvelope envelope) {
		CaseEventData.ConsentChanged data = data(envelope, CaseEventData.ConsentChanged.class);
		List<ChangedConsent.Consent> consents;
		if (data.activePurposes() != null) {
			// The producer states which purposes the case has an active consent for after this change: that is
			// the whole answer, whichever consent the change was about.
			consents = List.of(new ChangedConsent.Consent(ChangedConsent.CASE_LEVEL, ChangedConsent.STATISTICS,
					data.activePurposes().contains(ChangedConsent.STATISTICS)));
		}
		else if (data.consents() != null) {
			consents = data.consents()
				.stream()
				.map(consent -> new ChangedConsent.Consent(required(first(consent.consentId(), consent.id()), "consentId"),
						required(consent.purpose(), "purpose"), consent.withdrawnOn() == null))
				.toList();
		}
		else {
			boolean withdrawn = data.withdrawnOn() != null;
			consents = List.of(new ChangedConsent.Consent(required(first(data.consentId(), data.id()), "consentId"),
					required(data.purpose(), "purpose"), !withdrawn));
		}
		return new ChangedConsent(caseId(envelope), version(envelope), consents);
	}

	private ClosedCase closedCase(CaseEventEnvelope envelope) {
		CaseEventData.Closed data = data(envelope, CaseEventData.Closed.class);
		LocalDate closedOn = first(data.closedOn(), day(data.closedAt()), day(envelope.occurredAt()));
		return new ClosedCase(caseId(envelope), version(envelope), required(closedOn, "closedOn"),
				required(first(data.reason(), data.closureReason()), "reason"));
	}

	private ReopenedCase reopenedCase(CaseEventEnvelope envelope) {
		CaseEventData.Reopened data = data(envelope, CaseEventData.Reopened.class);
		LocalDate reopenedOn = first(data.reopenedOn(), day(data.reopenedAt()), day(envelope.occurredAt()));
		String stage = data.stage() == null ? ReopenedCase.DEFAULT_STAGE : data.stage();
		return new ReopenedCase(caseId(envelope), version(envelope), required(reopenedOn, "reopenedOn"), stage);
	}

	private UUID caseId(CaseEventEnvelope envelope) {
		return required(envelope.aggregateId(), "aggregateId");
	}

	private long version(CaseEventEnvelope envelope) {
		return required(envelope.aggregateVersion(), "aggregateVersion");
	}

	private @Nullable LocalDate day(@Nullable Instant instant) {
		return instant == null ? null : rules.dayOf(instant);
	}

	private @Nullable CaseEventEnvelope read(String value) {
		try {
			return json.readValue(value, CaseEventEnvelope.class);
		}
		catch (JacksonException ex) {
			throw unreadable("the envelope", ex);
		}
	}

	private <T> T data(CaseEventEnvelope envelope, Class<T> type) {
		JsonNode data = envelope.data();
		if (data == null || !data.isObject()) {
			throw new UnreadableCaseEvent(envelope.type() + " without a data object");
		}
		try {
			return json.treeToValue(data, type);
		}
		catch (JacksonException ex) {
			throw unreadable(envelope.type() + ".data", ex);
		}
	}

	@SafeVarargs
	private static <T> @Nullable T first(@Nullable T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

	private static <T> T required(@Nullable T value, String field) {
		if (value == null) {
			throw new IllegalArgumentException("missing " + field);
		}
		return value;
	}

	/** Jackson's own message may quote the offending value; only the field path is kept. */
	private static UnreadableCaseEvent unreadable(String what, JacksonException ex) {
		List<String> path = ex.getPath()
			.stream()
			.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.toList();
		String where = path.isEmpty() ? "" : " at " + path.stream().collect(Collectors.joining("."));
		return new UnreadableCaseEvent("cannot read " + what + where + " (" + ex.getClass().getSimpleName() + ")");
	}

}

package org.childprotect.reporting.cases.inbound;

import java.util.List;
import java.util.stream.Collectors;

import org.childprotect.reporting.cases.RegisteredCase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code case.v1} JSON into this service's own types and refuses what is incomplete. */
@Component
class CaseEventTranslator {

	private final JsonMapper json;

	CaseEventTranslator(JsonMapper json) {
		this.json = json;
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

	RegisteredCase registeredCase(CaseEventEnvelope envelope) {
		CaseRegisteredData data = data(envelope, CaseRegisteredData.class);
		try {
			return new RegisteredCase(required(envelope.aggregateId(), "aggregateId"),
					required(envelope.aggregateVersion(), "aggregateVersion"), required(data.district(), "district"),
					required(data.sex(), "sex"), data.ageYears(), data.agePrecision(),
					required(data.concerns(), "concerns"), required(data.riskLevel(), "riskLevel"),
					required(data.stage(), "stage"), required(data.source(), "source"),
					required(data.registeredOn(), "registeredOn"));
		}
		catch (IllegalArgumentException | NullPointerException invalid) {
			throw new UnreadableCaseEvent(envelope.type() + " is invalid: " + invalid.getMessage());
		}
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

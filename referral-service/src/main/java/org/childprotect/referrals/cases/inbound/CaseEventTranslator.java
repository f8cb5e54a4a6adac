package org.childprotect.referrals.cases.inbound;

import java.util.regex.Pattern;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.cases.CaseSummaryChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a {@code case.v1} record into a change of the case summary, using this service's own small record
 * types so the producer may add fields freely. To follow another event type, read its data here.
 */
@Component
class CaseEventTranslator {

  static final String CASE_REGISTERED = "CaseRegistered";

  /** Event names are PascalCase words; anything else is not a type name and must not become a metric tag. */
  private static final Pattern EVENT_TYPE = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");

  private final JsonMapper json;

  CaseEventTranslator(JsonMapper json) {
    this.json = json;
  }

  TranslatedCaseEvent translate(@Nullable String value) {
    CaseEventEnvelope envelope = envelope(value);
    String type = envelope.type();
    if (type == null || !EVENT_TYPE.matcher(type).matches()) {
      throw new UnreadableCaseEvent("case event without a valid type");
    }
    CaseId caseId = caseId(envelope.aggregateId());
    Long version = envelope.aggregateVersion();
    // case-service's versions start at 0 (the first save of a new case).
    if (version == null || version < 0) {
      throw new UnreadableCaseEvent("case event without a valid aggregateVersion");
    }
    if (!CASE_REGISTERED.equals(type)) {
      return new TranslatedCaseEvent.Ignored(type);
    }
    CaseRegistered registered = data(envelope, CaseRegistered.class);
    if (registered.caseId() != null && !caseId.equals(caseId(registered.caseId()))) {
      throw new UnreadableCaseEvent("CaseRegistered whose caseId differs from its aggregateId");
    }
    // ownerAgency may be null (a worker whose token names no agency); a case without district could not be scoped.
    if (registered.district() == null) {
      throw new UnreadableCaseEvent("CaseRegistered without district");
    }
    return new TranslatedCaseEvent.Relevant(
        type,
        new CaseSummaryChange(
            caseId,
            version,
            registered.district(),
            registered.ownerAgency(),
            registered.riskLevel(),
            registered.stage()));
  }

  /** The type tag for a record that may not even be JSON, for counting a failure without its content. */
  String typeOf(@Nullable String value) {
    try {
      String type = envelope(value).type();
      return type != null && EVENT_TYPE.matcher(type).matches() ? type : "unreadable";
    } catch (UnreadableCaseEvent e) {
      return "unreadable";
    }
  }

  private CaseEventEnvelope envelope(@Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new UnreadableCaseEvent("empty case event");
    }
    try {
      return json.readValue(value, CaseEventEnvelope.class);
    } catch (JacksonException e) {
      throw new UnreadableCaseEvent("case event is not a JSON envelope", e.getClass());
    }
  }

  private <T> T data(CaseEventEnvelope envelope, Class<T> type) {
    JsonNode data = envelope.data();
    if (data == null || !data.isObject()) {
      throw new UnreadableCaseEvent(envelope.type() + " without data");
    }
    try {
      return json.treeToValue(data, type);
    } catch (JacksonException e) {
      throw new UnreadableCaseEvent(envelope.type() + " data does not match its schema", e.getClass());
    }
  }

  private static CaseId caseId(@Nullable String value) {
    if (value == null) {
      throw new UnreadableCaseEvent("case event without aggregateId");
    }
    try {
      return CaseId.of(value);
    } catch (IllegalArgumentException e) {
      throw new UnreadableCaseEvent("case event whose aggregateId is not a UUID");
    }
  }
}

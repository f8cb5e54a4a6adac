package org.childprotect.referrals.cases.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.childprotect.referrals.cases.CaseId;
import org.childprotect.referrals.cases.CaseSummaryChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CaseEventTranslatorUnitTests {

  /** Strict like the service's own mapper, which rejects unknown fields in HTTP bodies. */
  private final CaseEventTranslator translator =
      new CaseEventTranslator(
          JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

  @Test
  void readsTheProducersCaseRegisteredExample() {
    ObjectNode example = CaseEventFixtures.caseRegisteredExample();

    TranslatedCaseEvent event = translator.translate(CaseEventFixtures.json(example));

    assertThat(event).isInstanceOf(TranslatedCaseEvent.Relevant.class);
    CaseSummaryChange change = ((TranslatedCaseEvent.Relevant) event).change();
    var data = example.get("data");
    assertThat(change.caseId()).isEqualTo(CaseId.of(example.get("aggregateId").asString()));
    assertThat(change.version()).isEqualTo(example.get("aggregateVersion").asLong());
    assertThat(change.district()).isEqualTo(data.get("district").asString());
    assertThat(change.ownerAgency()).isEqualTo(data.get("ownerAgency").asString());
    assertThat(change.riskLevel()).isEqualTo(data.get("riskLevel").asString());
    assertThat(change.stage()).isEqualTo(data.get("stage").asString());
  }

  @Test
  void toleratesFieldsTheProducerAddsLater() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1);
    event.put("traceId", "abc");
    ((ObjectNode) event.get("data")).put("disability", "NONE");

    assertThat(translator.translate(CaseEventFixtures.json(event)))
        .isInstanceOf(TranslatedCaseEvent.Relevant.class);
  }

  @Test
  void skipsEventTypesItDoesNotFollow() {
    ObjectNode event = CaseEventFixtures.eventOfType("CaseNoteAdded", UUID.randomUUID(), 4);

    assertThat(translator.translate(CaseEventFixtures.json(event)))
        .isEqualTo(new TranslatedCaseEvent.Ignored("CaseNoteAdded"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"type\":\"CaseRegistered\"}"})
  void refusesRecordsThatAreNotCaseEvents(String value) {
    assertThatThrownBy(() -> translator.translate(value)).isInstanceOf(UnreadableCaseEvent.class);
  }

  @Test
  void refusesAnEventWithoutVersionBecauseItCouldNotBeOrdered() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1);
    event.remove("aggregateVersion");

    assertThatThrownBy(() -> translator.translate(CaseEventFixtures.json(event)))
        .isInstanceOf(UnreadableCaseEvent.class)
        .hasMessageContaining("aggregateVersion");
  }

  @Test
  void refusesANegativeVersion() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 0);
    event.put("aggregateVersion", -1);

    assertThatThrownBy(() -> translator.translate(CaseEventFixtures.json(event)))
        .isInstanceOf(UnreadableCaseEvent.class);
  }

  @Test
  void acceptsARegistrationByAWorkerWithoutAgency() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 0);
    ((ObjectNode) event.get("data")).putNull("ownerAgency");

    TranslatedCaseEvent translated = translator.translate(CaseEventFixtures.json(event));

    assertThat(translated).isInstanceOf(TranslatedCaseEvent.Relevant.class);
    assertThat(((TranslatedCaseEvent.Relevant) translated).change().ownerAgency()).isNull();
  }

  @Test
  void refusesAnEventWhoseDataNamesAnotherCase() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1);
    ((ObjectNode) event.get("data")).put("caseId", UUID.randomUUID().toString());

    assertThatThrownBy(() -> translator.translate(CaseEventFixtures.json(event)))
        .isInstanceOf(UnreadableCaseEvent.class);
  }

  @Test
  void refusesARegistrationWithoutDistrictBecauseTheCaseCouldNotBeScoped() {
    ObjectNode event = CaseEventFixtures.caseRegistered(UUID.randomUUID(), 1);
    ((ObjectNode) event.get("data")).remove("district");

    assertThatThrownBy(() -> translator.translate(CaseEventFixtures.json(event)))
        .isInstanceOf(UnreadableCaseEvent.class);
  }

  @Test
  void failureMessagesNeverQuoteTheRecord() {
    String value = "{\"type\":\"CaseRegistered\",\"data\":{\"givenName\":\"Sokha\"";

    assertThatThrownBy(() -> translator.translate(value)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sokha"));
  }

  @Test
  void namesTheTypeOfAFailedRecordOnlyWhenItLooksLikeAnEventName() {
    assertThat(translator.typeOf("{\"type\":\"CaseRegistered\"}"))
        .isEqualTo("CaseRegistered");
    assertThat(translator.typeOf("{\"type\":\"Sokha Chan, born 2014-03-02\"}")).isEqualTo("unreadable");
    assertThat(translator.typeOf("garbage")).isEqualTo("unreadable");
    assertThat(translator.typeOf(null)).isEqualTo("unreadable");
  }
}

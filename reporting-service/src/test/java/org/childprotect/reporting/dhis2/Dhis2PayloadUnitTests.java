package org.childprotect.reporting.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.childprotect.reporting.tables.Period;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class Dhis2PayloadUnitTests {

	private static final Dhis2Mapping MAPPING = new Dhis2Mapping("CP_MONTHLY", "CODE", null,
			Map.of("KH-PP", "KH_PHNOM_PENH"),
			List.of(new Dhis2Mapping.DataElement("newCases", "CP_NEW_CASES", List.of("sex", "ageBand")),
					new Dhis2Mapping.DataElement("closedCases", "CP_CASES_CLOSED", List.of())),
			Map.of("sex", new Dhis2Mapping.Category("CP_SEX", Map.of("FEMALE", "SEX_F")), "ageBand",
					new Dhis2Mapping.Category("CP_AGE", Map.of("10-14", "AGE_10_14"))),
			Map.of());

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void dataValueSetsCarryOneEntryPerValueWithTheDocumentedFieldsAndValuesAsStrings() {
		JsonNode root = json.readTree(DataValueSetJson.write(payload(), MAPPING, json).toString());

		assertThat(root.get("dataSet").asString()).isEqualTo("CP_MONTHLY");
		assertThat(root.get("idScheme").asString()).isEqualTo("CODE");
		assertThat(root.get("dataValues")).hasSize(2);
		JsonNode disaggregated = root.get("dataValues").get(0);
		assertThat(disaggregated.propertyNames()).containsExactlyInAnyOrder("dataElement", "period", "orgUnit",
				"categoryOptionCombo", "value");
		assertThat(disaggregated.get("period").asString()).isEqualTo("202403");
		assertThat(disaggregated.get("categoryOptionCombo").asString()).isEqualTo("SEX_F_AGE_10_14");
		assertThat(disaggregated.get("value").isString()).isTrue();
		assertThat(disaggregated.get("value").asString()).isEqualTo("12");
		JsonNode total = root.get("dataValues").get(1);
		assertThat(total.has("categoryOptionCombo")).as("DHIS2 uses its default combo").isFalse();
	}

	@Test
	void adxFollowsTheDocumentedStructure() throws Exception {
		String adx = AdxXml.write(payload(), MAPPING);

		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource("/dhis2/adx-structure.xsd"))
			.newValidator()
			.validate(new StreamSource(new StringReader(adx)));
		assertThat(adx).contains("<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2026-04-01T08:00:00Z\">")
			.contains("<group orgUnit=\"KH_PHNOM_PENH\" period=\"2024-03-01/P1M\" dataSet=\"CP_MONTHLY\">")
			.contains("<dataValue dataElement=\"CP_NEW_CASES\" CP_SEX=\"SEX_F\" CP_AGE=\"AGE_10_14\" value=\"12\"/>")
			.contains("<dataValue dataElement=\"CP_CASES_CLOSED\" value=\"5\"/>");
	}

	@Test
	void aQuarterIsAnAdxPeriodOfThreeMonths() {
		assertThat(Period.parse("2024Q2").adx()).isEqualTo("2024-04-01/P3M");
	}

	@Test
	void theMappingIsCheckedWhenTheServiceStarts() {
		Map<String, Dhis2Mapping.Category> categories = Map.of("sex", new Dhis2Mapping.Category("CP SEX", Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Dhis2Mapping("DS", "CODE", null, Map.of(),
					List.of(new Dhis2Mapping.DataElement("highRiskAssessedInTime", "X", List.of())), Map.of(), Map.of()))
			.withMessageContaining("rate");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Dhis2Mapping("DS", "CODE", null, Map.of(),
					List.of(new Dhis2Mapping.DataElement("newCases", "X", List.of("sex"))), categories, Map.of()))
			.withMessageContaining("XML name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Dhis2Mapping("DS", "CODE", null, Map.of(),
					List.of(new Dhis2Mapping.DataElement("newCases", "X", List.of("ageBand"))), Map.of(), Map.of()))
			.withMessageContaining("categories");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Dhis2Mapping(" ", "CODE", null, Map.of(), List.of(), Map.of(), Map.of()))
			.withMessageContaining("data-set");
	}

	private static Dhis2Payload payload() {
		Period march = Period.month(YearMonth.of(2024, 3));
		Map<String, String> options = new LinkedHashMap<>();
		options.put("CP_SEX", "SEX_F");
		options.put("CP_AGE", "AGE_10_14");
		return new Dhis2Payload(List.of("202403"),
				List.of(new DataValue("CP_NEW_CASES", march, "KH_PHNOM_PENH", "SEX_F_AGE_10_14", options, 12),
						new DataValue("CP_CASES_CLOSED", march, "KH_PHNOM_PENH", null, Map.of(), 5)),
				1, 0, "SUPPRESS(k=5)", "hash", Instant.parse("2026-04-01T08:00:00Z"));
	}

}

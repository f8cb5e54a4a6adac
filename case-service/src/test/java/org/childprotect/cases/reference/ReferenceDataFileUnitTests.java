package org.childprotect.cases.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.childprotect.cases.RiskLevel;
import org.childprotect.cases.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The seed file is data a person edits by hand; these checks catch the slips before a deployment does. */
class ReferenceDataFileUnitTests {

	private final ReferenceDataFile file = read();

	@Test
	void sexesAndRiskLevelsAreExactlyTheOnesTheCaseRulesKnow() {
		assertThat(codes(file.sexes())).containsExactly(names(Sex.values()));
		assertThat(codes(file.riskLevels())).containsExactly(names(RiskLevel.values()));
	}

	@Test
	void theDemoDistrictsExistInTheirRegions() {
		assertThat(file.regions()).extracting(ReferenceDataFile.Region::code).contains("KH-PP-R", "KH-NW");
		assertThat(districtsOf("KH-PP-R")).contains("KH-PP");
		assertThat(districtsOf("KH-NW")).contains("KH-SR", "KH-BB");
	}

	@Test
	void concernsIncludeTheFormsOfOnlineSexualExploitation() {
		assertThat(codes(file.concerns())).contains("PHYSICAL_ABUSE", "SEXUAL_ABUSE", "NEGLECT", "CHILD_LABOUR",
				"TRAFFICKING", "CHILD_MARRIAGE", "OCSEA_GROOMING", "OCSEA_SEXTORTION", "OCSEA_CSAM_SELF_GENERATED",
				"OCSEA_LIVESTREAM");
	}

	@Test
	void everyCodeIsUniqueAndLabelledInEnglishAndKhmer() {
		List<ReferenceDataFile.Code> all = Stream
			.of(file.regions().stream().flatMap(region -> region.districts().stream()), file.concerns().stream(),
					file.riskLevels().stream(), file.sexes().stream())
			.flatMap(codes -> codes)
			.toList();

		assertThat(codes(file.concerns())).doesNotHaveDuplicates();
		assertThat(file.regions().stream().flatMap(region -> region.districts().stream()).map(ReferenceDataFile.Code::code))
			.doesNotHaveDuplicates();
		assertThat(all).allSatisfy(code -> {
			assertThat(code.labels().en()).isNotBlank();
			assertThat(code.labels().km()).isNotBlank().isNotEqualTo(code.labels().en());
		});
	}

	private List<String> districtsOf(String region) {
		return file.regions()
			.stream()
			.filter(r -> r.code().equals(region))
			.flatMap(r -> r.districts().stream())
			.map(ReferenceDataFile.Code::code)
			.toList();
	}

	private static List<String> codes(List<ReferenceDataFile.Code> codes) {
		return codes.stream().map(ReferenceDataFile.Code::code).toList();
	}

	private static String[] names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
	}

	private static ReferenceDataFile read() {
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource("reference-data/v1.json").getInputStream()) {
			return json.readValue(in, ReferenceDataFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.childprotect.cases.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.childprotect.cases.RiskLevel;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The workflow's additions to the reference data, checked before a deployment trips over a slip. */
class ReferenceDataV2FileUnitTests {

	private final ReferenceDataFile file = read();

	@Test
	void addsOnlyWhatTheFirstVersionLacks() {
		assertThat(file.version()).isEqualTo("v2");
		assertThat(file.regions()).isNull();
		assertThat(file.concerns()).isNull();
	}

	@Test
	void hasADeadlineForEveryRiskLevelWithTheAgreedDefaults() {
		assertThat(file.assessmentDeadlines()).containsOnlyKeys(
				Stream.of(RiskLevel.values()).map(Enum::name).toArray(String[]::new));
		assertThat(Duration.parse(file.assessmentDeadlines().get("HIGH"))).isEqualTo(Duration.ofHours(24));
		assertThat(Duration.parse(file.assessmentDeadlines().get("MEDIUM"))).isEqualTo(Duration.ofDays(3));
		assertThat(Duration.parse(file.assessmentDeadlines().get("LOW"))).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void everyServiceTypeHasASharingProfileOfShareableFieldsAndNoneSharesNotes() {
		List<String> serviceTypes = file.serviceTypes().stream().map(ReferenceDataFile.Code::code).toList();

		assertThat(file.sharingProfiles()).containsOnlyKeys(serviceTypes.toArray(String[]::new));
		assertThat(file.sharingProfiles().values()).allSatisfy(fields -> {
			assertThat(SharingProfile.FIELDS).containsAll(fields);
			assertThat(fields).doesNotHaveDuplicates().doesNotContain("notes");
		});
	}

	@Test
	void theServiceTypesAreTheOnesTheAgencyDirectoryOffers() {
		assertThat(file.serviceTypes()).extracting(ReferenceDataFile.Code::code)
			.contains("CASE_MANAGEMENT", "ALTERNATIVE_CARE", "FAMILY_TRACING", "PSYCHOSOCIAL_SUPPORT", "MEDICAL_CARE",
					"FORENSIC_EXAMINATION", "MENTAL_HEALTH", "HELPLINE_COUNSELLING", "POLICE_PROTECTION",
					"LEGAL_SUPPORT", "EMERGENCY_SHELTER", "EDUCATION_SUPPORT");
	}

	@Test
	void everyCodeIsUniqueInItsListAndLabelledInEnglishAndKhmer() {
		List<List<ReferenceDataFile.Code>> lists = List.of(file.serviceTypes(), file.closureReasons(), file.sources(),
				file.needDomains(), file.communes().stream().flatMap(d -> d.communes().stream()).toList());
		assertThat(lists).allSatisfy(codes -> {
			assertThat(codes).extracting(ReferenceDataFile.Code::code).doesNotHaveDuplicates();
			assertThat(codes).allSatisfy(code -> {
				assertThat(code.labels().en()).isNotBlank();
				assertThat(code.labels().km()).isNotBlank().isNotEqualTo(code.labels().en());
			});
		});
	}

	private static ReferenceDataFile read() {
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource("reference-data/v2.json").getInputStream()) {
			return json.readValue(in, ReferenceDataFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

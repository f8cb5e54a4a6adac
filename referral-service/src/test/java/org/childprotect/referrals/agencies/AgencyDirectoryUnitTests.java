package org.childprotect.referrals.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AgencyDirectoryUnitTests {

  private final JsonMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void shippedReferenceDataHoldsEveryAgencyOfTheDemoUsersAndAPoliceUnitAndAShelter() {
    AgencySeed seed = AgencySeed.read(new ClassPathResource("reference-data/agencies-v1.json"), json);

    assertThat(seed.version()).isEqualTo(1);
    assertThat(seed.agencies())
        .extracting(Agency::code)
        .contains("AG-DOSVY-PP", "AG-DOSVY-SR", "AG-HELPLINE", "AG-HEALTH-SR", "AG-MOSVY");
    assertThat(seed.agencies()).extracting(Agency::type).contains(AgencyType.POLICE, AgencyType.NGO);
    assertThat(seed.agencies())
        .allSatisfy(
            agency -> {
              assertThat(agency.districts()).as(agency.code() + " districts").isNotEmpty();
              assertThat(agency.serviceTypes()).as(agency.code() + " services").isNotEmpty();
            });
  }

  @Test
  void focalPointsOfTheDemoRealmReceiveTheirAgencysReferrals() {
    AgencySeed seed = AgencySeed.read(new ClassPathResource("reference-data/agencies-v1.json"), json);

    assertThat(seed.agencies())
        .filteredOn(agency -> agency.code().equals("AG-HELPLINE"))
        .singleElement()
        .satisfies(agency -> assertThat(agency.focalPointUsernames()).containsExactly("officer.helpline"));
    assertThat(seed.agencies())
        .filteredOn(agency -> agency.code().equals("AG-HEALTH-SR"))
        .singleElement()
        .satisfies(agency -> assertThat(agency.focalPointUsernames()).containsExactly("officer.health"));
  }

  @Test
  void refusesReferenceDataThatListsAnAgencyTwice() {
    var twice =
        new ByteArrayResource(
            """
            {"version": 2, "agencies": [
              {"code": "AG-A", "name": "A", "type": "NGO", "districts": ["KH-PP"], "serviceTypes": ["X"],
               "focalPointUsernames": []},
              {"code": "AG-A", "name": "A again", "type": "NGO", "districts": ["KH-PP"], "serviceTypes": ["X"],
               "focalPointUsernames": []}
            ]}
            """
                .getBytes());

    assertThatThrownBy(() -> AgencySeed.read(twice, json)).hasMessageContaining("AG-A");
  }

  @Test
  void anAgencyCodeHasTheClaimFormat() {
    assertThat(AgencyCode.parse("AG-HEALTH-SR")).contains(new AgencyCode("AG-HEALTH-SR"));
    assertThat(AgencyCode.parse("ag-health-sr")).isEmpty();
    assertThat(AgencyCode.parse("AG-")).isEmpty();
    assertThat(AgencyCode.parse("{\"$ne\":null}")).isEmpty();
    assertThatThrownBy(() -> new AgencyCode("HEALTH")).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.childprotect.cases.search.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhoneticKeyUnitTests {

	@ParameterizedTest(name = "{0} sounds like {1}")
	@CsvSource({
			// Khmer family and given names as different romanisations write them
			"sok, sokh", "chan, chhan", "chan, jan", "chea, jea", "sauk, sok", "ouk, uk", "vanna, vana",
			"rattana, ratana", "sokkha, sokha", "srey, srei", "sophea, sophia", "sopheah, sophea", "piseth, piset",
			"chhay, chay", "chay, chai", "kosal, kusal", "bopha, bupha", "vuthy, vuthi", "vutthy, vuthy",
			"phirun, pirun", "thida, thyda", "heng, hieng", "meas, mias", "leakhena, likhena",
			"sreypov, sreipov", "kunthea, kunthia",
			// Vietnamese, once accents are folded, and Thai
			"nguyen, nguyenn", "huynh, huinh", "hoang, huang", "quang, kuang", "xuan, suan", "somchai, somchay",
			"wanna, vanna", "kittisak, gittisak" })
	void romanisationVariantsShareAKey(String one, String other) {
		assertThat(PhoneticKey.of(one)).isNotNull().isEqualTo(PhoneticKey.of(other));
	}

	@ParameterizedTest(name = "{0} does not sound like {1}")
	@CsvSource({ "sok, sak", "chan, tran", "dara, sara", "kim, kin", "pham, phan", "sok, sek", "bopha, popha",
			"dara, tara", "an, on" })
	void differentNamesKeepDifferentKeys(String one, String other) {
		assertThat(PhoneticKey.of(one)).isNotEqualTo(PhoneticKey.of(other));
	}

	@Test
	void ph_isAnAspiratedPAndNgIsOneSound() {
		assertThat(PhoneticKey.of("phan")).isEqualTo("PaN");
		assertThat(PhoneticKey.of("nguyen")).isEqualTo("NoN");
		assertThat(PhoneticKey.of("yim")).isEqualTo("YeM");
	}

	@Test
	void tokensThatAreNotPlainLatinLettersHaveNoKey() {
		assertThat(PhoneticKey.of("សុខ")).isNull();
		assertThat(PhoneticKey.of("000123")).isNull();
		assertThat(PhoneticKey.of("an2")).isNull();
		assertThat(PhoneticKey.of("")).isNull();
		assertThat(PhoneticKey.of("h")).isNull();
	}

}

package org.childprotect.cases.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;

/**
 * The reference data of one import, looked up the way clerks write it: by code or by English or Khmer label,
 * whatever the case, accents or spacing. Taken once per job so that a whole file is judged by one version.
 */
final class CodeBook {

	/** Paper forms tick a box or write a letter; these are the common ways of writing the sex codes. */
	private static final Map<String, String> SEX_SHORTHANDS = Map.of("f", "FEMALE", "m", "MALE", "girl", "FEMALE",
			"boy", "MALE", "ក្មេងស្រី", "FEMALE", "ក្មេងប្រុស", "MALE");

	private final Map<String, String> districts = new HashMap<>();

	private final Map<String, String> concerns = new HashMap<>();

	private final Map<String, String> riskLevels = new HashMap<>();

	private final Map<String, String> sexes = new HashMap<>();

	private final List<String> districtCodes;

	CodeBook(List<District> districtList, List<ReferenceCode> concernList, List<ReferenceCode> riskLevelList,
			List<ReferenceCode> sexList) {
		this.districtCodes = districtList.stream().map(District::code).toList();
		for (District district : districtList) {
			add(districts, district.code(), district.code(), district.labels().en(), district.labels().km());
		}
		concernList.forEach(code -> add(concerns, code));
		riskLevelList.forEach(code -> add(riskLevels, code));
		sexList.forEach(code -> add(sexes, code));
		SEX_SHORTHANDS.forEach((written, code) -> {
			if (sexes.containsValue(code)) {
				sexes.putIfAbsent(LooseText.fold(written), code);
			}
		});
	}

	static CodeBook of(ReferenceData.Catalogue catalogue) {
		return new CodeBook(catalogue.districts(), catalogue.concerns(), catalogue.riskLevels(), catalogue.sexes());
	}

	Optional<String> district(String written) {
		return find(districts, written);
	}

	Optional<String> concern(String written) {
		return find(concerns, written);
	}

	Optional<String> riskLevel(String written) {
		return find(riskLevels, written);
	}

	Optional<String> sex(String written) {
		return find(sexes, written);
	}

	List<String> districtCodes() {
		return districtCodes;
	}

	private static void add(Map<String, String> index, ReferenceCode code) {
		add(index, code.code(), code.code(), code.labels().en(), code.labels().km());
	}

	/** Codes first, so a label can never hide a code that happens to spell the same. */
	private static void add(Map<String, String> index, String code, String... spellings) {
		index.put(LooseText.fold(code), code);
		for (String spelling : spellings) {
			index.putIfAbsent(LooseText.fold(spelling), code);
			index.putIfAbsent(LooseText.fold(spelling.replace('_', ' ').replace('-', ' ')), code);
		}
	}

	private static Optional<String> find(Map<String, String> index, String written) {
		String folded = LooseText.fold(written);
		String code = index.get(folded);
		if (code == null) {
			code = index.get(folded.replace('_', ' ').replace('-', ' '));
		}
		return Optional.ofNullable(code);
	}

}

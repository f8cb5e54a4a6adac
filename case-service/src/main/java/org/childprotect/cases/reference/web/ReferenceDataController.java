package org.childprotect.cases.reference.web;

import java.util.List;

import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.Labels;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Codes and labels for forms; any signed-in user may read them, they hold no personal data. */
@RestController
class ReferenceDataController {

	private final ReferenceData referenceData;

	ReferenceDataController(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@GetMapping("/api/reference-data")
	ReferenceDataResponse referenceData() {
		ReferenceData.Catalogue catalogue = referenceData.catalogue();
		return new ReferenceDataResponse(catalogue.districts().stream().map(DistrictView::of).toList(),
				codes(catalogue.concerns()), codes(catalogue.riskLevels()), codes(catalogue.sexes()));
	}

	private static List<CodeView> codes(List<ReferenceCode> codes) {
		return codes.stream().map(CodeView::of).toList();
	}

	/**
	 * {@code name} and {@code label} are the English labels the contract names; {@code labels} carries every
	 * language so the UI can switch without another request.
	 */
	record ReferenceDataResponse(List<DistrictView> districts, List<CodeView> concerns, List<CodeView> riskLevels,
			List<CodeView> sexes) {
	}

	record DistrictView(String code, String name, String region, String regionName, Labels labels,
			Labels regionLabels) {

		static DistrictView of(District district) {
			return new DistrictView(district.code(), district.labels().en(), district.region(),
					district.regionLabels().en(), district.labels(), district.regionLabels());
		}

	}

	record CodeView(String code, String label, @Nullable String group, Labels labels) {

		static CodeView of(ReferenceCode code) {
			return new CodeView(code.code(), code.labels().en(), code.group(), code.labels());
		}

	}

}

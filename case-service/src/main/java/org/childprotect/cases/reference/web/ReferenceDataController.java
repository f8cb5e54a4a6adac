package org.childprotect.cases.reference.web;

import java.util.List;
import java.util.Map;

import org.childprotect.cases.reference.Commune;
import org.childprotect.cases.reference.District;
import org.childprotect.cases.reference.InvalidReferenceEntry;
import org.childprotect.cases.reference.Labels;
import org.childprotect.cases.reference.ReferenceCode;
import org.childprotect.cases.reference.ReferenceData;
import org.childprotect.cases.reference.ReferenceDataAdministration;
import org.childprotect.cases.reference.ReferenceEntry;
import org.childprotect.cases.reference.UnknownReferenceKind;
import org.childprotect.platform.security.Caller;
import org.childprotect.platform.security.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Codes and labels for forms; any signed-in user may read them, they hold no personal data. Administrators add
 * and relabel entries.
 */
@RestController
class ReferenceDataController {

	private final ReferenceData referenceData;

	private final ReferenceDataAdministration administration;

	ReferenceDataController(ReferenceData referenceData, ReferenceDataAdministration administration) {
		this.referenceData = referenceData;
		this.administration = administration;
	}

	@GetMapping("/api/reference-data")
	ReferenceDataResponse referenceData() {
		ReferenceData.Catalogue catalogue = referenceData.catalogue();
		return new ReferenceDataResponse(catalogue.districts().stream().map(DistrictView::of).toList(),
				catalogue.communes().stream().map(CommuneView::of).toList(), codes(catalogue.concerns()),
				codes(catalogue.riskLevels()), codes(catalogue.sexes()), codes(catalogue.serviceTypes()),
				codes(catalogue.closureReasons()), codes(catalogue.sources()), codes(catalogue.needDomains()),
				catalogue.assessmentDeadlines(), catalogue.sharingProfiles());
	}

	/** Adds (201) or replaces (200) one entry; answers with the entry as stored. */
	@PutMapping("/api/reference-data/{kind}/{code}")
	@PreAuthorize("hasRole('admin')")
	ResponseEntity<EntryView> put(@PathVariable String kind, @PathVariable String code,
			@RequestBody EntryRequest request, Caller caller) {
		ReferenceEntry entry = new ReferenceEntry(request.labels(), request.group(), request.region(),
				request.district(), request.duration(), request.fields());
		boolean created = administration.put(kind, code, entry, caller);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new EntryView(kind, code, request.labels(), request.group(), request.region(), request.district(),
					request.duration(), request.fields()));
	}

	@ExceptionHandler(InvalidReferenceEntry.class)
	ErrorResponse invalid(InvalidReferenceEntry ex) {
		return Problems.invalidField(ex.field(), ex.getMessage());
	}

	@ExceptionHandler(UnknownReferenceKind.class)
	ErrorResponse unknownKind(UnknownReferenceKind ex) {
		return Problems.notFound("The reference data kind");
	}

	private static List<CodeView> codes(List<ReferenceCode> codes) {
		return codes.stream().map(CodeView::of).toList();
	}

	/**
	 * {@code name} and {@code label} are the English labels the contract names; {@code labels} carries every
	 * language so the UI can switch without another request.
	 */
	record ReferenceDataResponse(List<DistrictView> districts, List<CommuneView> communes, List<CodeView> concerns,
			List<CodeView> riskLevels, List<CodeView> sexes, List<CodeView> serviceTypes,
			List<CodeView> closureReasons, List<CodeView> sources, List<CodeView> needDomains,
			Map<String, String> assessmentDeadlines, Map<String, List<String>> sharingProfiles) {
	}

	record DistrictView(String code, String name, String region, String regionName, Labels labels,
			Labels regionLabels) {

		static DistrictView of(District district) {
			return new DistrictView(district.code(), district.labels().en(), district.region(),
					district.regionLabels().en(), district.labels(), district.regionLabels());
		}

	}

	record CommuneView(String code, String name, String district, Labels labels) {

		static CommuneView of(Commune commune) {
			return new CommuneView(commune.code(), commune.labels().en(), commune.district(), commune.labels());
		}

	}

	record CodeView(String code, String label, @Nullable String group, Labels labels) {

		static CodeView of(ReferenceCode code) {
			return new CodeView(code.code(), code.labels().en(), code.group(), code.labels());
		}

	}

	/** An entry as an administrator sends it; which components a kind needs is listed in the API document. */
	record EntryRequest(@Nullable Labels labels, @Nullable String group, @Nullable String region,
			@Nullable String district, @Nullable String duration, @Nullable List<String> fields) {
	}

	record EntryView(String kind, String code, @Nullable Labels labels, @Nullable String group,
			@Nullable String region, @Nullable String district, @Nullable String duration,
			@Nullable List<String> fields) {
	}

}

package org.childprotect.reporting.tables.web;

import java.util.Arrays;
import java.util.List;

import org.childprotect.reporting.cases.Regions;
import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.AggregateTables;
import org.childprotect.reporting.tables.DimensionValues;
import org.childprotect.reporting.tables.Measure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What can be asked: measures with their dimensions, the known values of dimensions, regions, the policy. */
@RestController
@RequestMapping("/api/reports")
@PreAuthorize("hasAnyRole('ministry-analyst', 'admin')")
class MetadataController {

	record MeasureBody(String code, String kind, List<String> dimensions) {
	}

	record DimensionBody(String name, List<String> values) {
	}

	record RegionBody(String code, List<String> districts) {
	}

	record MetadataResponse(List<MeasureBody> measures, List<DimensionBody> dimensions, List<RegionBody> regions,
			DisclosureBody disclosure) {
	}

	private final DimensionValues values;

	private final Regions regions;

	private final AggregateTables tables;

	MetadataController(DimensionValues values, Regions regions, AggregateTables tables) {
		this.values = values;
		this.regions = regions;
		this.tables = tables;
	}

	@GetMapping("/metadata")
	MetadataResponse metadata() {
		return new MetadataResponse(
				Arrays.stream(Measure.values())
					.map(measure -> new MeasureBody(measure.code(), measure.kind().name(),
							measure.dimensions().stream().map(Dimension::field).toList()))
					.toList(),
				Arrays.stream(Dimension.values())
					.map(dimension -> new DimensionBody(dimension.field(), values.known(dimension)))
					.toList(),
				regions.regions()
					.stream()
					.map(region -> new RegionBody(region, List.copyOf(regions.districtsOf(region))))
					.toList(),
				DisclosureBody.of(tables.policy(), 0));
	}

}

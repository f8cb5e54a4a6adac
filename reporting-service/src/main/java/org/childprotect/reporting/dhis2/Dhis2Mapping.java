package org.childprotect.reporting.dhis2;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.Measure;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service's tables map onto a DHIS2 data set. Loaded from {@code dhis2-mapping.yml} (or the file named by
 * {@code REPORTING_DHIS2_MAPPING}), checked when the service starts.
 *
 * @param dataSet the data set code (or uid) the values belong to; ADX requires one
 * @param idScheme how the codes below identify DHIS2 objects: {@code CODE} or {@code UID}
 * @param attributeOptionCombo the attribute option combo of every value, if the data set has one
 * @param orgUnits district code to organisation unit; districts not listed are not exported
 * @param dataElements which measure goes to which data element, disaggregated by which dimensions
 * @param categories for each disaggregation dimension: the DHIS2 category and the option of each value
 * @param categoryOptionCombos option codes joined by {@code _} (in the order of the disaggregation) to the category
 * option combo; by default the joined codes themselves
 */
@ConfigurationProperties("reporting.dhis2")
public record Dhis2Mapping(String dataSet, @DefaultValue("CODE") String idScheme,
		@Nullable String attributeOptionCombo, Map<String, String> orgUnits, List<DataElement> dataElements,
		Map<String, Category> categories, Map<String, String> categoryOptionCombos) {

	/** An XML name without a colon: ADX writes category codes as attribute names. */
	private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	public record DataElement(String measure, String dataElement, List<String> disaggregation) {

		public DataElement {
			disaggregation = disaggregation == null ? List.of() : List.copyOf(disaggregation);
		}

		Measure measureOf() {
			return Measure.byCode(measure)
				.orElseThrow(() -> new IllegalArgumentException("reporting.dhis2: unknown measure " + measure));
		}

		List<Dimension> dimensions() {
			return disaggregation.stream()
				.map(name -> Dimension.named(name)
					.orElseThrow(() -> new IllegalArgumentException("reporting.dhis2: unknown dimension " + name)))
				.toList();
		}

	}

	public record Category(String category, Map<String, String> options) {

		public Category {
			options = options == null ? Map.of() : Map.copyOf(options);
		}

	}

	public Dhis2Mapping {
		if (dataSet == null || dataSet.isBlank()) {
			throw new IllegalArgumentException("reporting.dhis2.data-set is required (ADX groups values by data set)");
		}
		orgUnits = orgUnits == null ? Map.of() : Map.copyOf(orgUnits);
		dataElements = dataElements == null ? List.of() : List.copyOf(dataElements);
		categories = categories == null ? Map.of() : Map.copyOf(categories);
		categoryOptionCombos = categoryOptionCombos == null ? Map.of() : Map.copyOf(categoryOptionCombos);
		for (DataElement element : dataElements) {
			Measure measure = element.measureOf();
			if (measure.kind() == Measure.Kind.RATE) {
				throw new IllegalArgumentException("reporting.dhis2: " + measure.code()
						+ " is a rate; export its counts and let DHIS2 compute the indicator");
			}
			for (Dimension dimension : element.dimensions()) {
				if (dimension == Dimension.PERIOD || dimension == Dimension.DISTRICT || dimension == Dimension.REGION
						|| !measure.allows(dimension)) {
					throw new IllegalArgumentException(
							"reporting.dhis2: " + measure.code() + " cannot be disaggregated by " + dimension);
				}
				Category category = categories.get(dimension.field());
				if (category == null) {
					throw new IllegalArgumentException("reporting.dhis2.categories has no " + dimension.field());
				}
				if (!XML_NAME.matcher(category.category()).matches()) {
					throw new IllegalArgumentException(
							"reporting.dhis2: category code " + category.category() + " is not a valid XML name");
				}
			}
		}
	}

}

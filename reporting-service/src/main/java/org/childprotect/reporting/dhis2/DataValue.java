package org.childprotect.reporting.dhis2;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.childprotect.reporting.tables.Period;
import org.jspecify.annotations.Nullable;

/**
 * One value for DHIS2: a data element, a period, an organisation unit, its disaggregation (as category option
 * combo for dataValueSets, as category to option for ADX) and a published count.
 */
public record DataValue(String dataElement, Period period, String orgUnit, @Nullable String categoryOptionCombo,
		Map<String, String> categoryOptions, long value) {

	public DataValue {
		// Kept in disaggregation order, so that exports of the same figures are the same bytes.
		categoryOptions = Collections.unmodifiableMap(new LinkedHashMap<>(categoryOptions));
	}

}

package org.childprotect.reporting.dhis2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.childprotect.reporting.cubes.Dimension;
import org.childprotect.reporting.tables.AggregateTables;
import org.childprotect.reporting.tables.Figure;
import org.childprotect.reporting.tables.Period;
import org.childprotect.reporting.tables.ReleasedTable;
import org.childprotect.reporting.tables.TableRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Builds the DHIS2 values of some periods. Each data element and period is one table of districts by the
 * disaggregation dimensions, protected exactly like the same table asked of the table API (with its region and
 * grand totals, which DHIS2 computes itself), so the export never shows a figure the tables hide. Suppressed cells
 * are left out rather than sent as zero.
 */
@Service
public class Dhis2Export {

	private final AggregateTables tables;

	private final Dhis2Mapping mapping;

	private final Clock clock;

	Dhis2Export(AggregateTables tables, Dhis2Mapping mapping, ObjectProvider<Clock> clock) {
		this.tables = tables;
		this.mapping = mapping;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Dhis2Mapping mapping() {
		return mapping;
	}

	public Dhis2Payload export(List<Period> periods) {
		List<DataValue> values = new ArrayList<>();
		int suppressed = 0;
		int unmapped = 0;
		for (Dhis2Mapping.DataElement element : mapping.dataElements()) {
			List<Dimension> disaggregation = element.dimensions();
			for (Period period : periods) {
				ReleasedTable table = tables.table(TableRequest.of(element.measureOf(), List.of(Dimension.DISTRICT),
						disaggregation, List.of(period)));
				for (int row = 0; row < table.rowKeys().size(); row++) {
					String orgUnit = mapping.orgUnits().get(table.rowKeys().get(row).get(0));
					for (int column = 0; column < table.columnKeys().size(); column++) {
						Figure figure = table.cells().get(row).get(column);
						if (figure.suppressed()) {
							suppressed++;
							continue;
						}
						Map<String, String> options = options(disaggregation, table.columnKeys().get(column));
						if (orgUnit == null || options == null) {
							unmapped++;
							continue;
						}
						values.add(new DataValue(element.dataElement(), period, orgUnit, combo(disaggregation, options),
								options, figure.value().longValue()));
					}
				}
			}
		}
		return new Dhis2Payload(periods.stream().map(Period::code).toList(), values, suppressed, unmapped,
				tables.policy().toString(), hash(values), clock.instant());
	}

	/** Category code to option code, in disaggregation order; null if a value has no option in the mapping. */
	private @Nullable Map<String, String> options(List<Dimension> disaggregation, List<String> values) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < disaggregation.size(); i++) {
			Dhis2Mapping.Category category = mapping.categories().get(disaggregation.get(i).field());
			String option = category.options().get(values.get(i));
			if (option == null) {
				return null;
			}
			options.put(category.category(), option);
		}
		return options;
	}

	private @Nullable String combo(List<Dimension> disaggregation, Map<String, String> options) {
		if (disaggregation.isEmpty()) {
			return null;
		}
		String joined = String.join("_", options.values());
		return mapping.categoryOptionCombos().getOrDefault(joined, joined);
	}

	private static String hash(List<DataValue> values) {
		StringJoiner text = new StringJoiner("\n");
		for (DataValue value : values) {
			text.add(String.join("|", value.dataElement(), value.period().code(), value.orgUnit(),
					String.valueOf(value.categoryOptionCombo()), String.valueOf(value.value())));
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

}

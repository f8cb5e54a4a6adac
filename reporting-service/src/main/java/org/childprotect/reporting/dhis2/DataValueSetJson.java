package org.childprotect.reporting.dhis2;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DHIS2 {@code dataValueSets} JSON of a payload: {@code {dataSet, idScheme, dataValues: [{dataElement, period,
 * orgUnit, categoryOptionCombo?, attributeOptionCombo?, value}]}}, values as strings as DHIS2 writes them.
 */
public final class DataValueSetJson {

	private DataValueSetJson() {
	}

	public static ObjectNode write(Dhis2Payload payload, Dhis2Mapping mapping, JsonMapper json) {
		ObjectNode root = json.createObjectNode();
		root.put("dataSet", mapping.dataSet());
		root.put("idScheme", mapping.idScheme());
		if (mapping.attributeOptionCombo() != null) {
			root.put("attributeOptionCombo", mapping.attributeOptionCombo());
		}
		ArrayNode values = root.putArray("dataValues");
		for (DataValue value : payload.dataValues()) {
			ObjectNode entry = values.addObject();
			entry.put("dataElement", value.dataElement());
			entry.put("period", value.period().code());
			entry.put("orgUnit", value.orgUnit());
			if (value.categoryOptionCombo() != null) {
				entry.put("categoryOptionCombo", value.categoryOptionCombo());
			}
			if (mapping.attributeOptionCombo() != null) {
				entry.put("attributeOptionCombo", mapping.attributeOptionCombo());
			}
			entry.put("value", String.valueOf(value.value()));
		}
		return root;
	}

}

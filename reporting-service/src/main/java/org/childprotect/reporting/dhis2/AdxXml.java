package org.childprotect.reporting.dhis2;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The ADX (IHE aggregate data exchange, {@code urn:ihe:qrph:adx:2015}) document of a payload: one {@code group} per
 * organisation unit and period with the data set, periods as ISO start and duration ({@code 2024-01-01/P3M}), and
 * each disaggregation as an attribute named by the category code whose value is the option code.
 */
public final class AdxXml {

	public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";

	private AdxXml() {
	}

	public static String write(Dhis2Payload payload, Dhis2Mapping mapping) {
		Map<String, List<DataValue>> groups = new LinkedHashMap<>();
		for (DataValue value : payload.dataValues()) {
			groups.computeIfAbsent(value.orgUnit() + "\n" + value.period().adx(), key -> new ArrayList<>()).add(value);
		}
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("adx");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeAttribute("exported", payload.exportedAt().toString());
			for (List<DataValue> group : groups.values()) {
				DataValue first = group.get(0);
				xml.writeStartElement("group");
				xml.writeAttribute("orgUnit", first.orgUnit());
				xml.writeAttribute("period", first.period().adx());
				xml.writeAttribute("dataSet", mapping.dataSet());
				for (DataValue value : group) {
					xml.writeEmptyElement("dataValue");
					xml.writeAttribute("dataElement", value.dataElement());
					for (Map.Entry<String, String> option : value.categoryOptions().entrySet()) {
						xml.writeAttribute(option.getKey(), option.getValue());
					}
					xml.writeAttribute("value", String.valueOf(value.value()));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("could not write ADX", ex);
		}
		return text.toString();
	}

}

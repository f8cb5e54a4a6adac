package org.childprotect.cases.imports;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for the XML inside uploaded workbooks: no DTDs, no external entities, whatever the file says. */
final class SafeXml {

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, false);
	}

	private SafeXml() {
	}

	static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		return FACTORY.createXMLStreamReader(in);
	}

}

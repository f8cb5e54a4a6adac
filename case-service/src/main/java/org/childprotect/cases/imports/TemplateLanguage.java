package org.childprotect.cases.imports;

import java.util.Locale;

/** The languages templates are offered in: the two languages of the case UI. */
public enum TemplateLanguage {

	EN, KM;

	/** Anything but Khmer gets English, the fallback of the UI too. */
	public static TemplateLanguage of(String code) {
		return "km".equals(code.toLowerCase(Locale.ROOT)) ? KM : EN;
	}

}

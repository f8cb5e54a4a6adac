package org.childprotect.cases.reference;

import java.util.Objects;

/** A display label in each language the UI offers: English and Khmer. */
public record Labels(String en, String km) {

	public Labels {
		Objects.requireNonNull(en, "en");
		Objects.requireNonNull(km, "km");
	}

}

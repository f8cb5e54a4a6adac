package org.childprotect.cases;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The paper form a case was transcribed from. District and number together are the natural key of a paper
 * record: district offices number their own forms, so the same number may appear in two districts but never
 * twice in one.
 *
 * @param district the district whose office numbered the form
 * @param number the form number as normalised by {@link #normalise(String)}
 * @param fingerprint a digest of the record's content as imported, so that importing the same form again can tell
 * an unchanged record from one that was changed on paper since; {@code null} for forms typed in by hand
 * @param key district and number in one value, always derived from them: the field the natural key's unique index
 * is on. One field rather than two because the MongoDB-wire server answers {@code $in} from an index only on a
 * single-field index, and a batch of an import looks up hundreds of forms at once.
 */
public record PaperForm(String district, String number, @Nullable String fingerprint, String key) {

	public static final int MAX_NUMBER_LENGTH = 40;

	public PaperForm(String district, String number, @Nullable String fingerprint) {
		this(district, number, fingerprint, "");
	}

	public PaperForm {
		if (district == null || district.isBlank()) {
			throw InvalidCaseInput.of("district", "is required");
		}
		if (number == null || number.isBlank()) {
			throw InvalidCaseInput.of("paperFormNumber", "is required");
		}
		number = normalise(number);
		if (number.length() > MAX_NUMBER_LENGTH) {
			throw InvalidCaseInput.of("paperFormNumber", "must be at most " + MAX_NUMBER_LENGTH + " characters");
		}
		key = keyOf(district, number);
	}

	/** The natural key of a form: its district and its number as normalised. */
	public static String keyOf(String district, String number) {
		return district + "/" + normalise(number);
	}

	/**
	 * Clerks write "f 0012", " F  0012" and "F 0012" for the same form: case and runs of spaces must not make two
	 * keys of one form. Punctuation and leading zeros are kept, since offices may number "F-12" and "F12", or
	 * "0012" and "12", as different forms.
	 */
	public static String normalise(String number) {
		return number.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
	}

}

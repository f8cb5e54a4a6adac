package org.childprotect.cases.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text typed by clerks is compared: codes, labels and column titles match whatever the case, accents, Khmer
 * or Latin digits, invisible characters and spacing. Names are only tidied, never folded: "Sokha" and "sokha" are
 * stored as written.
 */
final class LooseText {

	private static final Pattern LATIN_ACCENTS = Pattern.compile("[\\u0300-\\u036f]");

	private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

	private LooseText() {
	}

	/**
	 * Lower case, Latin accents removed, Khmer digits as Latin, spacing collapsed. Only the combining marks of
	 * Latin script are dropped: Khmer vowel signs are combining marks too and carry meaning.
	 */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(latinDigits(text), Normalizer.Form.NFD);
		String plain = INVISIBLE.matcher(LATIN_ACCENTS.matcher(decomposed).replaceAll("")).replaceAll("");
		return tidy(Normalizer.normalize(plain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
	}

	/** {@link #fold} with everything but letters and digits removed: "Date of birth" equals "date-of-birth". */
	static String key(String text) {
		return NOT_LETTER_OR_DIGIT.matcher(fold(text)).replaceAll("");
	}

	/** Runs of spaces (including no-break spaces) as one space, and no spacing or invisible marks at either end. */
	static String tidy(String text) {
		String collapsed = SPACES.matcher(text).replaceAll(" ");
		int start = 0;
		int end = collapsed.length();
		while (start < end && isEdgeNoise(collapsed.charAt(start))) {
			start++;
		}
		while (end > start && isEdgeNoise(collapsed.charAt(end - 1))) {
			end--;
		}
		return collapsed.substring(start, end);
	}

	/** Khmer digits ០–៩ (U+17E0–U+17E9) as 0–9; clerks use both, often in one file. */
	static String latinDigits(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u17e0' && c <= '\u17e9') {
				if (out == null) {
					out = new StringBuilder(text);
				}
				out.setCharAt(i, (char) ('0' + (c - '\u17e0')));
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isEdgeNoise(char c) {
		return c == ' ' || Character.getType(c) == Character.FORMAT;
	}

}

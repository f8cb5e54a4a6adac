package org.childprotect.cases.search.keys;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what a worker typed into comparable name tokens: Latin letters lose their accents and tone marks
 * ("Nguyễn" → {@code nguyen}, "Đặng" → {@code dang}), everything is lower case, and the text is split at anything
 * that is not part of a word (spaces, hyphens, apostrophes, dots). Names in other scripts (Khmer, Thai) keep
 * their combining signs, which are part of the spelling there rather than decoration.
 */
public final class NameTokens {

	/** Latin letters that Unicode does not decompose into a base letter and a mark. */
	private static final Map<Integer, String> UNDECOMPOSED = Map.of((int) 'đ', "d", (int) 'Đ', "d",
			(int) 'ð', "d", (int) 'ł', "l", (int) 'Ł', "l", (int) 'ø', "o", (int) 'Ø', "o", (int) 'æ', "ae",
			(int) 'ß', "ss", (int) 'ı', "i");

	private NameTokens() {
	}

	/** The tokens of a name or a search text, in the order written; empty for blank text. */
	public static List<String> of(String text) {
		String folded = fold(text);
		List<String> tokens = new ArrayList<>();
		StringBuilder token = new StringBuilder();
		folded.codePoints().forEach(cp -> {
			if (Character.isLetterOrDigit(cp) || isMark(cp)) {
				token.appendCodePoint(cp);
			}
			else if (!token.isEmpty()) {
				tokens.add(token.toString());
				token.setLength(0);
			}
		});
		if (!token.isEmpty()) {
			tokens.add(token.toString());
		}
		return tokens;
	}

	/** Lower case, without the accents of Latin letters; other scripts unchanged. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		boolean afterLatinLetter = false;
		for (int i = 0; i < decomposed.length();) {
			int cp = decomposed.codePointAt(i);
			i += Character.charCount(cp);
			if (isMark(cp)) {
				// A mark on a Latin letter is an accent or a Vietnamese tone; on a Khmer letter it is a vowel.
				if (!afterLatinLetter) {
					folded.appendCodePoint(cp);
				}
				continue;
			}
			String replacement = UNDECOMPOSED.get(cp);
			if (replacement != null) {
				folded.append(replacement);
				afterLatinLetter = true;
				continue;
			}
			afterLatinLetter = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
			folded.appendCodePoint(cp);
		}
		return Normalizer.normalize(folded.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

}

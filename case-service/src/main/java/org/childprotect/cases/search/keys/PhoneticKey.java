package org.childprotect.cases.search.keys;

import org.jspecify.annotations.Nullable;

/**
 * A sound-alike key for one romanised name token, made for the way Khmer, Vietnamese and Thai names are written
 * in Latin letters: the same name reaches a case file spelled by different people after different systems
 * (French-era, UNGEGN, ad hoc). Two spellings with the same key are treated as possibly the same name.
 * <p>
 * The rules, applied left to right on an accent-free, lower-case token ({@link NameTokens}):
 * <ul>
 * <li>An {@code h} after a consonant marks aspiration and is dropped: {@code kh = k}, {@code chh = ch},
 * {@code th = t}, {@code ph = p} (in these languages {@code ph} is an aspirated p, not an f). An {@code h} after a
 * vowel or at the end is silent; only a leading {@code h} before a vowel counts.</li>
 * <li>Consonants that romanisations swap fall into one class: {@code k g c q} (not {@code ch}); {@code ch j};
 * {@code s x z}; {@code p f}; {@code v w}; {@code n ng nh}. The others ({@code b d t l r m}, leading {@code y})
 * stand for themselves.</li>
 * <li>Each run of vowels becomes one of three classes by how it starts: {@code a} (a, ai, ay), front (e, i, y, ea,
 * ei, ey, ia, ie) or back (o, u, au, ao, ou, oa, ua, uy, oeu): "Srey" = "Srei", "Sok" = "Sauk", "Nguyen" has one
 * back vowel.</li>
 * <li>Doubled letters count once ("Vanna" = "Vana", "Rattana" = "Ratana").</li>
 * </ul>
 * So "Sok" = "Sokh", "Chan" = "Chhan", "Piseth" = "Piset", "Sophea" = "Sophia", while "Sok" ≠ "Sak" and
 * "Chan" ≠ "Tran". Commons Codec's DoubleMetaphone was tried first and rejected: tuned for English, it gives
 * "Chan" and "Chhan" different keys, "Sophea" and "Sopea" too (ph = f), and "Sok", "Sak" and "Suk" the same one.
 */
public final class PhoneticKey {

	private PhoneticKey() {
	}

	/**
	 * The key of one token, or {@code null} when the token is not plain Latin letters (digits, other scripts),
	 * which are then only ever compared exactly.
	 */
	public static @Nullable String of(String token) {
		if (token.isEmpty() || !isAsciiLetters(token)) {
			return null;
		}
		StringBuilder key = new StringBuilder(token.length());
		int i = 0;
		while (i < token.length()) {
			char c = token.charAt(i);
			if (isVowelAt(token, i)) {
				int end = i;
				while (end < token.length() && isVowelAt(token, end)) {
					end++;
				}
				append(key, vowelClass(token, i));
				i = end;
				continue;
			}
			if (c == 'h') {
				// Leading h before a vowel is a sound ("Heng"); anywhere else it is aspiration or silent.
				if (i == 0 && i + 1 < token.length() && isVowelAt(token, i + 1)) {
					append(key, 'H');
				}
				i++;
				continue;
			}
			i = consonant(token, i, key);
			while (i < token.length() && token.charAt(i) == 'h') {
				i++;
			}
		}
		return key.isEmpty() ? null : key.toString();
	}

	/** Appends the class of the consonant at {@code i}; returns where the next letter starts. */
	private static int consonant(String token, int i, StringBuilder key) {
		char c = token.charAt(i);
		char next = i + 1 < token.length() ? token.charAt(i + 1) : 0;
		switch (c) {
			case 'c' -> {
				if (next == 'h') {
					append(key, 'C');
					return i + 2;
				}
				append(key, 'K');
			}
			case 'n' -> {
				append(key, 'N');
				// "ng" is one sound; the g must not add a k.
				return next == 'g' ? i + 2 : i + 1;
			}
			case 'k', 'g', 'q' -> append(key, 'K');
			case 'j' -> append(key, 'C');
			case 's', 'x', 'z' -> append(key, 'S');
			case 'p', 'f' -> append(key, 'P');
			case 'v', 'w' -> append(key, 'V');
			default -> append(key, Character.toUpperCase(c));
		}
		return i + 1;
	}

	/**
	 * a, e, i, o, u are vowels; y is one too, except at the start before a vowel ("Yim"), where it is a
	 * consonant.
	 */
	private static boolean isVowelAt(String token, int i) {
		char c = token.charAt(i);
		if (c == 'y') {
			return !(i == 0 && i + 1 < token.length() && "aeiou".indexOf(token.charAt(i + 1)) >= 0);
		}
		return "aeiou".indexOf(c) >= 0;
	}

	private static char vowelClass(String token, int start) {
		char first = token.charAt(start);
		char second = start + 1 < token.length() ? token.charAt(start + 1) : 0;
		if (first == 'a') {
			// French-era "au"/"ao" write the o of UNGEGN's "o": "Sauk" is "Sok".
			return second == 'u' || second == 'o' ? 'o' : 'a';
		}
		return first == 'o' || first == 'u' ? 'o' : 'e';
	}

	/** Appends a class unless the key already ends with it: doubled letters count once. */
	private static void append(StringBuilder key, char symbol) {
		if (key.isEmpty() || key.charAt(key.length() - 1) != symbol) {
			key.append(symbol);
		}
	}

	private static boolean isAsciiLetters(String token) {
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

}

package org.childprotect.cases.search.keys;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a case can be found by, stored with the case and derived from it whenever its names change: the child's
 * name tokens (given, family and other names, in no order) with their phonetic keys, the caregivers' name tokens
 * with theirs, and the case number. Derived data only: it can always be computed again from the case.
 *
 * @param names accent-free, lower-case tokens of the child's names, sorted
 * @param phonetic phonetic keys of those tokens, sorted
 * @param caregivers tokens of the caregivers' names, sorted
 * @param caregiverPhonetic phonetic keys of those tokens, sorted
 * @param caseNumber the case number in lower case
 */
public record SearchKeys(List<String> names, List<String> phonetic, List<String> caregivers,
		List<String> caregiverPhonetic, String caseNumber) {

	private static final Pattern SEQUENCE = Pattern.compile("-(\\d+)$");

	public SearchKeys {
		names = List.copyOf(names);
		phonetic = List.copyOf(phonetic);
		caregivers = List.copyOf(caregivers);
		caregiverPhonetic = List.copyOf(caregiverPhonetic);
		Objects.requireNonNull(caseNumber, "caseNumber");
	}

	public static SearchKeys of(String caseNumber, String givenName, String familyName,
			Collection<String> otherNames, Collection<String> caregiverNames) {
		Set<String> names = new TreeSet<>(NameTokens.of(givenName));
		names.addAll(NameTokens.of(familyName));
		otherNames.forEach(name -> names.addAll(NameTokens.of(name)));
		Set<String> caregivers = new TreeSet<>();
		caregiverNames.forEach(name -> caregivers.addAll(NameTokens.of(name)));
		return new SearchKeys(List.copyOf(names), keysOf(names), List.copyOf(caregivers), keysOf(caregivers),
				caseNumber.toLowerCase(Locale.ROOT));
	}

	/**
	 * The index terms of these keys: one per child name token ({@code p:} and its phonetic key, or {@code n:} and
	 * the token itself when it has no key), the same for caregivers ({@code cp:}, {@code c:}), and the
	 * {@linkplain #pairTerms pairs} of child name terms.
	 */
	public Set<String> terms() {
		Set<String> terms = new TreeSet<>();
		Set<String> nameTerms = new TreeSet<>();
		names.forEach(token -> nameTerms.add(nameTerm(token)));
		terms.addAll(nameTerms);
		terms.addAll(pairTerms(nameTerms));
		caregivers.forEach(token -> terms.add(caregiverTerm(token)));
		return terms;
	}

	/**
	 * The terms under which a case may hold one token of a search text: its names' or its caregivers'. A case
	 * number's sequence is not a term: it is looked up in the case numbers themselves ({@link #sequence}).
	 */
	public static Set<String> termsMatching(String queryToken) {
		Set<String> terms = new TreeSet<>();
		terms.add(nameTerm(queryToken));
		terms.add(caregiverTerm(queryToken));
		return terms;
	}

	/**
	 * The case-number sequence a token of a search text may quote ("123" for {@code KH-PP-2026-000123}), if it is
	 * a number at all.
	 */
	public static OptionalLong sequence(String queryToken) {
		if (!isDigits(queryToken) || queryToken.length() > 12) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(queryToken));
	}

	/**
	 * The terms of every two of the given name terms ({@code q:} and both, in order): a case has a pair's term
	 * when it has both of its names. Likely matches look these up, because a name shared by thousands of children
	 * ("Chan") is shared with a given name ("Chan Sokha") by a few dozen: the pairs' entries stay small where
	 * single names' entries grow with the district.
	 */
	public static Set<String> pairTerms(Collection<String> nameTerms) {
		List<String> sorted = List.copyOf(new TreeSet<>(nameTerms));
		Set<String> pairs = new TreeSet<>();
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				pairs.add("q:" + sorted.get(i) + "+" + sorted.get(j));
			}
		}
		return pairs;
	}

	/** The index term of one token of a child's name. */
	public static String nameTerm(String token) {
		String key = PhoneticKey.of(token);
		return key != null ? "p:" + key : "n:" + token;
	}

	private static String caregiverTerm(String token) {
		String key = PhoneticKey.of(token);
		return key != null ? "cp:" + key : "c:" + token;
	}

	/** Whether one token of a search text matches these keys exactly or by sound, in any name or the number. */
	public boolean matches(String queryToken) {
		return matchesName(queryToken) != Match.NONE || caregivers.contains(queryToken)
				|| sameKey(queryToken, caregiverPhonetic) || (isDigits(queryToken)
						&& withoutLeadingZeros(queryToken).equals(sequenceOf(caseNumber)));
	}

	/** How one token matches the child's names: the same token, the same sound, or not at all. */
	public Match matchesName(String queryToken) {
		if (names.contains(queryToken)) {
			return Match.EXACT;
		}
		return sameKey(queryToken, phonetic) ? Match.PHONETIC : Match.NONE;
	}

	private static boolean sameKey(String queryToken, List<String> keys) {
		String key = PhoneticKey.of(queryToken);
		return key != null && keys.contains(key);
	}

	private static List<String> keysOf(Set<String> tokens) {
		Set<String> keys = new TreeSet<>();
		for (String token : tokens) {
			String key = PhoneticKey.of(token);
			if (key != null) {
				keys.add(key);
			}
		}
		return List.copyOf(keys);
	}

	private static @Nullable String sequenceOf(String caseNumber) {
		Matcher sequence = SEQUENCE.matcher(caseNumber);
		return sequence.find() ? withoutLeadingZeros(sequence.group(1)) : null;
	}

	private static String withoutLeadingZeros(String digits) {
		String stripped = digits.replaceFirst("^0+", "");
		return stripped.isEmpty() ? "0" : stripped;
	}

	private static boolean isDigits(String token) {
		return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
	}

	/** How well a name token matches. */
	public enum Match {

		EXACT, PHONETIC, NONE

	}

}

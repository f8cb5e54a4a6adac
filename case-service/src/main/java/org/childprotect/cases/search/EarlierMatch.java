package org.childprotect.cases.search;

/**
 * An earlier row of the same import that may be of the same child.
 *
 * @param position where the row was added to its {@link EarlierRows}
 * @param birthYear as the row gives it, known or estimated
 * @param score 0 to 100, as for {@link LikelyMatch}
 */
public record EarlierMatch(int position, int birthYear, int score) {
}

package org.childprotect.cases.search;

import org.childprotect.cases.ChildCase;

/**
 * An existing case that may be of the same child.
 *
 * @param birthYear from the date of birth, or from the estimated age at registration
 * @param score 0 to 100: name similarity up to 60, birth year up to 25, same district 15
 */
public record LikelyMatch(ChildCase childCase, int birthYear, int score) {
}

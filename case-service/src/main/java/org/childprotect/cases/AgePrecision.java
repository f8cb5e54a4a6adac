package org.childprotect.cases;

/**
 * How much the recorded age can be trusted. Registration records {@code EXACT} (date of birth known) or
 * {@code ESTIMATED} (age guessed by the worker); {@code YEAR} and {@code UNKNOWN} are part of the published event
 * vocabulary for records imported from paper, where only a birth year or nothing is known.
 */
public enum AgePrecision {

	EXACT, YEAR, ESTIMATED, UNKNOWN

}

package org.childprotect.cases.search;

/**
 * A stored case of a district that may be of the same child as a record about to be imported: what an import
 * report names of it, no more.
 *
 * @param birthYear from the date of birth, or from the estimated age at registration
 * @param score 0 to 100, as for {@link LikelyMatch}
 */
public record DistrictMatch(String caseId, String caseNumber, int birthYear, int score) {
}

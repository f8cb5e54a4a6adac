/**
 * Finding cases: search by case number, names (accent-insensitive, phonetic, in any order) and caregiver names
 * with filters, and likely matches for "search before create". MongoDB's {@code $text} is not available on the
 * embedded MongoDB-wire server, and that server uses no index but a unique one, so names are looked up in an
 * inverted index of the cases' search keys whose documents are found by {@code _id} alone.
 */
@NullMarked
package org.childprotect.cases.search;

import org.jspecify.annotations.NullMarked;

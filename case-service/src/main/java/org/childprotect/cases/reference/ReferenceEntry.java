package org.childprotect.cases.reference;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An administrator's new or edited reference-data entry. Which components a kind uses: code lists take
 * {@code labels} and an optional {@code group}; districts {@code labels} and {@code region}; communes
 * {@code labels} and {@code district}; assessment deadlines {@code duration}; sharing profiles {@code fields}.
 */
public record ReferenceEntry(@Nullable Labels labels, @Nullable String group, @Nullable String region,
		@Nullable String district, @Nullable String duration, @Nullable List<String> fields) {
}

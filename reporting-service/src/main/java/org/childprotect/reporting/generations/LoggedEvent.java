package org.childprotect.reporting.generations;

import org.jspecify.annotations.Nullable;

/** One record of a topic, as a replay reads it. */
public record LoggedEvent(String topic, @Nullable String key, @Nullable String value) {
}

package org.childprotect.reporting.generations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a rebuild runs.
 *
 * @param switchGrace how long live consumers are given to finish the event in hand once the switch is announced
 * @param progressEvery how many replayed events between two progress notes on the pointer document
 */
@ConfigurationProperties("reporting.rebuild")
public record RebuildProperties(@DefaultValue("2s") Duration switchGrace, @DefaultValue("20000") int progressEvery) {
}

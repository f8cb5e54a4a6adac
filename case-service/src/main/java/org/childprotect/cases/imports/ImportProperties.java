package org.childprotect.cases.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize largest upload accepted (413 above); keep it at or below the gateway's limit for imports
 * @param maxRows most data rows in one file (422 above); a larger backlog is split into several files
 * @param batchSize rows validated, checked and stored together; one round trip to MongoDB per step and batch
 * @param concurrentJobs imports running at once on this instance; each keeps one CPU busy
 * @param queuedJobs imports waiting for a free runner before uploads are turned away (503)
 * @param spoolDirectory where an upload waits until its job has read it; deleted right after
 * @param reportRetention how long the rows of a job report (which hold the uploaded values) are kept
 * @param stalledAfter a running job whose progress has not moved for this long is taken as interrupted
 * @param birthYearTolerance how many years apart two birth years may be and still flag a possible duplicate
 */
@ConfigurationProperties("childprotect.imports")
public record ImportProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100000") int maxRows,
		@DefaultValue("2000") int batchSize, @DefaultValue("1") int concurrentJobs, @DefaultValue("4") int queuedJobs,
		@DefaultValue("${java.io.tmpdir}/childprotect-imports") Path spoolDirectory,
		@DefaultValue("30d") Duration reportRetention, @DefaultValue("2m") Duration stalledAfter,
		@DefaultValue("2") int birthYearTolerance) {
}

package org.childprotect.cases.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The report rows of import jobs. They hold uploaded values (names, birth dates), so they are purged after the
 * retention period; the job document with its counts stays.
 */
@Repository
class ImportReports implements InitializingBean {

	private static final Sort BY_ROW = Sort.by("row");

	private final MongoTemplate mongo;

	ImportReports(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = mongo.indexOps(ReportRow.class);
		indexes.createIndex(new Index().on("jobId", Sort.Direction.ASC).on("row", Sort.Direction.ASC).named("job_rows"));
		indexes.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).named("expiry"));
	}

	void addAll(Collection<ReportRow> rows) {
		if (!rows.isEmpty()) {
			mongo.insertAll(rows);
		}
	}

	List<ReportRow> page(ImportJobId job, ReportRow.@Nullable RowOutcome outcome, int page, int size) {
		return mongo.find(of(job, outcome).with(BY_ROW).skip((long) page * size).limit(size), ReportRow.class);
	}

	long count(ImportJobId job, ReportRow.@Nullable RowOutcome outcome) {
		return mongo.count(of(job, outcome), ReportRow.class);
	}

	/** Rejected and conflicting rows in file order, read lazily: a report can be as long as the file. */
	Stream<ReportRow> notImported(ImportJobId job) {
		return mongo.stream(query(where("jobId").is(job.toString())
			.and("outcome")
			.in(ReportRow.RowOutcome.REJECTED.name(), ReportRow.RowOutcome.CONFLICT.name())).with(BY_ROW),
				ReportRow.class);
	}

	/**
	 * Deletes report rows past their retention. Run when jobs start rather than on a timer: the MongoDB-wire
	 * server of the embedded stack has no TTL indexes, and a purge this cheap can ride along.
	 */
	long purgeExpired(Instant now) {
		return mongo.remove(query(where("expiresAt").lt(now)), ReportRow.class).getDeletedCount();
	}

	private static Query of(ImportJobId job, ReportRow.@Nullable RowOutcome outcome) {
		Query query = query(where("jobId").is(job.toString()));
		if (outcome != null) {
			query.addCriteria(where("outcome").is(outcome.name()));
		}
		return query;
	}

}

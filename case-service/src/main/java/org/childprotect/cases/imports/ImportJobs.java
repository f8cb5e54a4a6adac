package org.childprotect.cases.imports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The stored import jobs. A job is changed only by targeted, conditional updates (never by saving a stale copy),
 * so the runner's progress and an importer's cancel request cannot overwrite each other.
 */
@Repository
class ImportJobs implements InitializingBean {

	/** Newest first; the id breaks ties so that paging is stable. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	ImportJobs(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		var indexes = mongo.indexOps(ImportJob.class);
		indexes.createIndex(new Index().on("importer.districts", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.DESC)
			.named("office_newest"));
		indexes.createIndex(new Index().on("fileSha256", Sort.Direction.ASC).named("file_hash"));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC).named("status"));
	}

	ImportJob insert(ImportJob job) {
		return mongo.insert(job);
	}

	Optional<ImportJob> byId(ImportJobId id) {
		return Optional.ofNullable(mongo.findById(id.toString(), ImportJob.class));
	}

	/**
	 * Jobs of the given districts' offices, newest first; {@code null} districts means every job (national
	 * administrators).
	 */
	List<ImportJob> page(@Nullable Set<String> districts, int page, int size) {
		return mongo.find(visible(districts).with(NEWEST_FIRST).skip((long) page * size).limit(size), ImportJob.class);
	}

	long count(@Nullable Set<String> districts) {
		return mongo.count(visible(districts), ImportJob.class);
	}

	private static Query visible(@Nullable Set<String> districts) {
		return districts == null ? new Query() : query(where("importer.districts").in(districts));
	}

	/** The latest finished, real (not dry-run) import of the same bytes, if any. */
	Optional<ImportJob> lastImportOf(String fileSha256) {
		return Optional.ofNullable(mongo.findOne(query(where("fileSha256").is(fileSha256)
			.and("dryRun").is(false)
			.and("status").in(ImportStatus.COMPLETED.name(), ImportStatus.CANCELLED.name(),
					ImportStatus.INTERRUPTED.name(), ImportStatus.FAILED.name())).with(NEWEST_FIRST).limit(1),
				ImportJob.class));
	}

	/** Moves a queued job to running; false when it was cancelled (or taken) meanwhile. */
	boolean start(ImportJobId id, Instant now) {
		return mongo.updateFirst(query(where("_id").is(id.toString()).and("status").is(ImportStatus.QUEUED.name())),
				new Update().set("status", ImportStatus.RUNNING).set("startedAt", now).set("heartbeatAt", now),
				ImportJob.class).getModifiedCount() == 1;
	}

	/** What a running job should do after reporting progress. */
	enum Next {
		/** Carry on with the next batch. */
		CONTINUE,
		/** The importer asked to stop. */
		CANCEL,
		/** The job is no longer this runner's: another instance declared it interrupted. */
		GONE
	}

	/** Records progress and says whether to go on; one round trip does both. */
	Next progress(ImportJobId id, ImportCounts counts, Instant now) {
		ImportJob after = mongo.findAndModify(
				query(where("_id").is(id.toString()).and("status").is(ImportStatus.RUNNING.name())),
				new Update().set("counts", counts).set("heartbeatAt", now), FindAndModifyOptions.options().returnNew(true),
				ImportJob.class);
		if (after == null) {
			return Next.GONE;
		}
		return after.cancelRequested() ? Next.CANCEL : Next.CONTINUE;
	}

	/** Shows that the given queued jobs still have a live instance waiting to run them. */
	void stillQueued(java.util.Collection<String> ids, Instant now) {
		if (!ids.isEmpty()) {
			mongo.updateMulti(query(where("_id").in(ids).and("status").is(ImportStatus.QUEUED.name())),
					new Update().set("heartbeatAt", now), ImportJob.class);
		}
	}

	/** Ends a running job; a job another instance declared interrupted meanwhile keeps that verdict. */
	void finish(ImportJobId id, ImportStatus status, ImportCounts counts, Instant now, @Nullable String failure) {
		Update update = new Update().set("status", status).set("counts", counts).set("finishedAt", now)
			.set("heartbeatAt", now);
		if (failure != null) {
			update.set("failure", failure);
		}
		mongo.updateFirst(query(where("_id").is(id.toString()).and("status").is(ImportStatus.RUNNING.name())), update,
				ImportJob.class);
	}

	/**
	 * Asks a job to stop. A queued job is cancelled at once; a running one stops after its current batch. Returns
	 * whether the job was still unfinished.
	 */
	boolean requestCancel(ImportJobId id, Instant now) {
		long cancelledWhileQueued = mongo.updateFirst(
				query(where("_id").is(id.toString()).and("status").is(ImportStatus.QUEUED.name())),
				new Update().set("status", ImportStatus.CANCELLED).set("cancelRequested", true).set("finishedAt", now),
				ImportJob.class).getModifiedCount();
		if (cancelledWhileQueued == 1) {
			return true;
		}
		return mongo.updateFirst(query(where("_id").is(id.toString()).and("status").is(ImportStatus.RUNNING.name())),
				new Update().set("cancelRequested", true), ImportJob.class).getModifiedCount() == 1;
	}

	/**
	 * Declares interrupted every job whose instance has gone quiet: running or queued without a heartbeat since
	 * {@code quietSince}. Queues live in memory and die with their instance; a live one beats for its queue.
	 */
	long interruptQuiet(Instant quietSince, Instant now) {
		List<Criteria> quiet = new ArrayList<>();
		quiet.add(where("status").is(ImportStatus.RUNNING.name()).and("heartbeatAt").lt(quietSince));
		quiet.add(where("status").is(ImportStatus.QUEUED.name()).and("heartbeatAt").lt(quietSince));
		return mongo.updateMulti(query(new Criteria().orOperator(quiet)),
				new Update().set("status", ImportStatus.INTERRUPTED).set("finishedAt", now).set("failure",
						"The service stopped while this import was under way. Upload the same file again to finish "
								+ "it: rows already imported are recognised and not created twice."),
				ImportJob.class).getModifiedCount();
	}

	/** Declares interrupted the given unfinished jobs (this instance is shutting down). */
	void interrupt(ImportJobId id, ImportCounts counts, Instant now) {
		mongo.updateFirst(query(where("_id").is(id.toString()).and("status").in(ImportStatus.QUEUED.name(),
				ImportStatus.RUNNING.name())),
				new Update().set("status", ImportStatus.INTERRUPTED).set("counts", counts).set("finishedAt", now).set(
						"failure", "The service was stopped while this import was under way. Upload the same file "
								+ "again to finish it: rows already imported are recognised and not created twice."),
				ImportJob.class);
	}

}

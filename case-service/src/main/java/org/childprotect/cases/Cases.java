package org.childprotect.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The stored cases. Every query that can return more than one case takes a {@link CaseScope}, so that a list can
 * never forget to filter by what the caller may see.
 */
@Repository
public class Cases implements InitializingBean {

	/** Newest first; the id breaks ties so that paging is stable when cases share a timestamp. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	Cases(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		IndexOperations indexes = mongo.indexOps(ChildCase.class);
		indexes.createIndex(new Index().on("caseNumber", Sort.Direction.ASC).unique().named("case_number"));
		indexes.createIndex(new Index().on("district", Sort.Direction.ASC)
			.on("registeredAt", Sort.Direction.DESC)
			.named("district_newest"));
		indexes.createIndex(new Index().on("owner.userId", Sort.Direction.ASC).named("owner"));
		indexes.createIndex(new Index().on("assignedWorker.userId", Sort.Direction.ASC).named("assigned_worker"));
	}

	/** Stores a new case with its outbox; fails if the id or case number is taken. */
	public ChildCase insert(ChildCase childCase) {
		return mongo.insert(childCase);
	}

	public Optional<ChildCase> byId(CaseId id) {
		return Optional.ofNullable(mongo.findById(id.toString(), ChildCase.class));
	}

	public CasePage visibleTo(CaseScope scope, int page, int size) {
		if (scope.isEmpty()) {
			return new CasePage(List.of(), page, size, 0);
		}
		Query visible = query(scopeCriteria(scope));
		long total = mongo.count(visible, ChildCase.class);
		List<ChildCase> content = mongo.find(Query.of(visible).with(NEWEST_FIRST).skip((long) page * size).limit(size),
				ChildCase.class);
		return new CasePage(content, page, size, total);
	}

	private static Criteria scopeCriteria(CaseScope scope) {
		List<Criteria> any = new ArrayList<>();
		if (scope.workerId() != null) {
			any.add(where("owner.userId").is(scope.workerId()));
			any.add(where("assignedWorker.userId").is(scope.workerId()));
		}
		if (!scope.districts().isEmpty()) {
			any.add(where("district").in(scope.districts()));
		}
		return new Criteria().orOperator(any);
	}

}

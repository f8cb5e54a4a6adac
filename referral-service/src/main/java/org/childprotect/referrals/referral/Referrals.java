package org.childprotect.referrals.referral;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The stored referrals. Lists take the side they are seen from (inbox: receiving agency; outbox: referrer or
 * district), so a list can never forget to filter by what the caller may see.
 */
@Repository
public class Referrals implements InitializingBean {

  /**
   * Open referrals first, the earliest running deadline first (so overdue ones lead), then closed ones newest
   * first; the id breaks ties so that paging is stable.
   */
  static final Sort QUEUE_ORDER =
      Sort.by(
          Sort.Order.asc("queueRank"),
          Sort.Order.asc("dueAt"),
          Sort.Order.desc("requestedAt"),
          Sort.Order.asc("_id"));

  private static final String OUTBOX = "outbox";

  private final MongoTemplate mongo;

  Referrals(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    IndexOperations indexes = mongo.indexOps(Referral.class);
    indexes.createIndex(queueIndex("toAgency").named("inbox"));
    indexes.createIndex(queueIndex("referrer.userId").named("outbox_referrer"));
    indexes.createIndex(queueIndex("district").named("outbox_district"));
    indexes.createIndex(
        new Index()
            .on("queueRank", Sort.Direction.ASC)
            .on("overdue", Sort.Direction.ASC)
            .on("dueAt", Sort.Direction.ASC)
            .named("deadlines"));
    indexes.createIndex(
        new Index().on("caseId", Sort.Direction.ASC).on("queueRank", Sort.Direction.ASC).named("case_open"));
  }

  /** Scope first, then exactly {@link #QUEUE_ORDER}, so MongoDB pages a list straight off the index, unsorted. */
  private static Index queueIndex(String scopeField) {
    return new Index()
        .on(scopeField, Sort.Direction.ASC)
        .on("queueRank", Sort.Direction.ASC)
        .on("dueAt", Sort.Direction.ASC)
        .on("requestedAt", Sort.Direction.DESC)
        .on("_id", Sort.Direction.ASC);
  }

  /** Stores a new referral with its outbox. */
  public Referral insert(Referral referral) {
    return mongo.insert(referral);
  }

  /**
   * Saves a change of a stored referral in one conditional single-document update: every field is set (or unset)
   * from this copy, the version goes up by one, and only the events raised since loading are pushed onto the
   * outbox. Overwriting the whole document instead would put back events the relay published and pulled between
   * this copy's read and its save, publishing them twice.
   *
   * @return the referral as stored now
   * @throws OptimisticLockingFailureException if someone saved it since this copy was read
   */
  public Referral save(Referral referral) {
    Long version = referral.version();
    if (version == null) {
      return insert(referral);
    }
    Document written = new Document();
    mongo.getConverter().write(referral, written);
    Update update = new Update();
    MongoPersistentEntity<?> entity =
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Referral.class);
    for (MongoPersistentProperty property : entity) {
      String field = property.getFieldName();
      if (property.isIdProperty() || property.isVersionProperty() || OUTBOX.equals(field)) {
        continue;
      }
      if (written.get(field) != null) {
        update.set(field, written.get(field));
      } else {
        update.unset(field);
      }
    }
    update.inc(entity.getRequiredVersionProperty().getFieldName(), 1);
    int raised = referral.raisedSinceLoad().size();
    if (raised > 0) {
      List<?> outbox = written.getList(OUTBOX, Object.class);
      update.push(OUTBOX).each(outbox.subList(outbox.size() - raised, outbox.size()).toArray());
    }
    UpdateResult result =
        mongo.updateFirst(
            query(where("_id").is(referral.id().toString()).and("version").is(version)),
            update,
            Referral.COLLECTION);
    if (result.getMatchedCount() == 0) {
      throw new OptimisticLockingFailureException("The referral was changed since it was read.");
    }
    return byId(referral.id()).orElseThrow(ReferralNotFound::new);
  }

  public Optional<Referral> byId(ReferralId id) {
    return Optional.ofNullable(mongo.findById(id.toString(), Referral.class));
  }

  /** Whether the case already has an open referral of this kind to this agency (for this service). */
  public boolean hasOpen(String caseId, ReferralKind kind, String toAgency, String serviceType) {
    Criteria open =
        where("caseId").is(caseId).and("queueRank").is(Referral.OPEN).and("kind").is(kind).and("toAgency").is(toAgency);
    if (kind == ReferralKind.REFERRAL) {
      open = open.and("serviceType").is(serviceType);
    }
    return mongo.exists(query(open), Referral.class);
  }

  /** Referrals addressed to an agency, of the kinds the caller handles there. */
  public Page<Referral> inbox(
      String agency, Set<ReferralKind> kinds, ReferralFilter filter, Instant now, int page, int size) {
    List<Criteria> all = new ArrayList<>();
    all.add(where("toAgency").is(agency));
    all.add(where("kind").in(kinds));
    if (filter.agency() != null) {
      all.add(where("fromAgency").is(filter.agency()));
    }
    return page(all, filter, now, page, size);
  }

  /** Referrals made by the given user, or of cases in the given districts (a supervisor's scope). */
  public Page<Referral> outbox(
      String referrerUserId, Collection<String> districts, ReferralFilter filter, Instant now, int page, int size) {
    List<Criteria> all = new ArrayList<>();
    Criteria mine = where("referrer.userId").is(referrerUserId);
    all.add(districts.isEmpty() ? mine : new Criteria().orOperator(mine, where("district").in(districts)));
    if (filter.agency() != null) {
      all.add(where("toAgency").is(filter.agency()));
    }
    return page(all, filter, now, page, size);
  }

  /** Open referrals whose running deadline passed before {@code now} and that the deadline job has not handled. */
  public List<Referral> pastDue(Instant now, int limit) {
    Query due =
        query(where("queueRank").is(Referral.OPEN).and("overdue").is(false).and("dueAt").lt(now))
            .with(Sort.by(Sort.Order.asc("dueAt"), Sort.Order.asc("_id")))
            .limit(limit);
    return mongo.find(due, Referral.class);
  }

  private Page<Referral> page(List<Criteria> all, ReferralFilter filter, Instant now, int page, int size) {
    if (!filter.statuses().isEmpty()) {
      all.add(where("status").in(filter.statuses()));
    }
    if (filter.kind() != null) {
      all.add(where("kind").is(filter.kind()));
    }
    if (filter.urgency() != null) {
      all.add(where("urgency").is(filter.urgency()));
    }
    if (filter.serviceType() != null) {
      all.add(where("serviceType").is(filter.serviceType()));
    }
    if (filter.caseId() != null) {
      all.add(where("caseId").is(filter.caseId()));
    }
    if (Boolean.TRUE.equals(filter.overdue())) {
      all.add(where("queueRank").is(Referral.OPEN).and("dueAt").lt(now));
    } else if (Boolean.FALSE.equals(filter.overdue())) {
      all.add(
          new Criteria().orOperator(where("queueRank").is(Referral.CLOSED), where("dueAt").gte(now)));
    }
    PageRequest pageable = PageRequest.of(page, size, QUEUE_ORDER);
    Query listed = query(new Criteria().andOperator(all)).with(pageable);
    return PageableExecutionUtils.getPage(
        mongo.find(listed, Referral.class),
        pageable,
        () -> mongo.count(Query.of(listed).limit(-1).skip(-1), Referral.class));
  }
}

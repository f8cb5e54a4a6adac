package org.childprotect.referrals.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.childprotect.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit trail of referrals. This class only ever inserts: there is deliberately no method that
 * updates or removes an entry, and no other class writes the collection.
 */
@Repository
public class ReferralAuditTrail implements InitializingBean {

  private final MongoTemplate mongo;
  private final Clock clock;

  ReferralAuditTrail(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  @Override
  public void afterPropertiesSet() {
    mongo
        .indexOps(AuditEntry.class)
        .createIndex(new Index().on("referralId", Sort.Direction.ASC).on("at", Sort.Direction.DESC).named("referral"));
  }

  /** Writes the entry before the audited thing happens: if auditing fails, the caller gets nothing. */
  public AuditEntry record(
      AuditAction action, String referralId, String caseId, Caller caller, @Nullable String justification) {
    AuditEntry entry =
        new AuditEntry(
            UUID.randomUUID().toString(),
            clock.instant(),
            action,
            referralId,
            caseId,
            caller.userId(),
            caller.username(),
            caller.agency(),
            caller.roles().stream().sorted().toList(),
            justification);
    return mongo.insert(entry);
  }

  /** The trail of one referral, newest first. */
  public Page<AuditEntry> forReferral(String referralId, int page, int size) {
    PageRequest pageable =
        PageRequest.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")));
    Query entries = query(where("referralId").is(referralId)).with(pageable);
    return PageableExecutionUtils.getPage(
        mongo.find(entries, AuditEntry.class),
        pageable,
        () -> mongo.count(Query.of(entries).limit(-1).skip(-1), AuditEntry.class));
  }

  /** Every entry of one referral, oldest first (tests and exports). */
  public List<AuditEntry> allFor(String referralId) {
    return mongo.find(
        query(where("referralId").is(referralId)).with(Sort.by(Sort.Order.asc("at"), Sort.Order.asc("_id"))),
        AuditEntry.class);
  }
}

package org.childprotect.referrals.agencies;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The agency directory. A plain class over {@link MongoOperations} rather than a derived-query interface,
 * because the optional filters combine freely and would otherwise need one query method per combination.
 */
@Repository
public class Agencies {

  /** The code is unique, so ordering by it alone keeps pages stable between requests. */
  static final Sort STABLE_ORDER = Sort.by(Sort.Direction.ASC, "code");

  private final MongoOperations mongo;

  Agencies(MongoOperations mongo) {
    this.mongo = mongo;
  }

  public Page<Agency> find(AgencyFilter filter, int page, int size) {
    Criteria criteria = new Criteria();
    if (filter.district() != null) {
      criteria = criteria.and("districts").is(filter.district());
    }
    if (filter.serviceType() != null) {
      criteria = criteria.and("serviceTypes").is(filter.serviceType());
    }
    PageRequest pageable = PageRequest.of(page, size, STABLE_ORDER);
    Query query = Query.query(criteria).with(pageable);
    return PageableExecutionUtils.getPage(
        mongo.find(query, Agency.class),
        pageable,
        () -> mongo.count(Query.of(query).limit(-1).skip(-1), Agency.class));
  }

  public Optional<Agency> byCode(AgencyCode code) {
    return Optional.ofNullable(mongo.findById(code.value(), Agency.class));
  }

  /**
   * Inserts or replaces each agency by code; used by reference-data loading, safe to repeat. A replaced agency
   * gets a new version, so an administrator's edit based on the old one is refused rather than silently lost.
   */
  void saveAll(Collection<Agency> agencies) {
    for (Agency agency : agencies) {
      long next = byCode(new AgencyCode(agency.code())).map(held -> held.version() + 1).orElse(0L);
      mongo.save(agency.withVersion(next));
    }
  }

  /** Adds a new agency at version 0; fails with a duplicate-key error if the code is taken. */
  public Agency create(Agency agency) {
    return mongo.insert(agency.withVersion(0));
  }

  /**
   * Replaces an agency if it is still at {@code expectedVersion}, in one conditional single-document write.
   *
   * @return the stored agency, or empty if it changed (or vanished) since the caller read it
   */
  public Optional<Agency> replace(Agency agency, long expectedVersion) {
    Query current = Query.query(Criteria.where("_id").is(agency.code()).and("version").is(expectedVersion));
    Agency next = agency.withVersion(expectedVersion + 1);
    return Optional.ofNullable(mongo.findAndReplace(current, next)).map(previous -> next);
  }
}

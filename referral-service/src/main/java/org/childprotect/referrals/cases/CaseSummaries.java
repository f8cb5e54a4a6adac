package org.childprotect.referrals.cases;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** The case-summary projection: one document per case, written only by newer case events. */
@Repository
public class CaseSummaries {

  private final MongoOperations mongo;

  CaseSummaries(MongoOperations mongo) {
    this.mongo = mongo;
  }

  /**
   * Applies the change if it is newer than what is held, in one conditional single-document upsert, so a
   * redelivered or late event is harmless without transactions. When the case is held at the same or a
   * newer version the filter matches nothing and the upsert's insert collides with the existing id; that
   * collision is the "already newer" answer.
   *
   * @return true if the summary changed, false if the event was a duplicate or older than what is held
   */
  public boolean applyIfNewer(CaseSummaryChange change) {
    Query olderOrAbsent =
        Query.query(
            Criteria.where("_id").is(change.caseId().toString())
                .and("lastAppliedVersion").lt(change.version()));
    Update update = new Update().set("lastAppliedVersion", change.version());
    setIfPresent(update, "district", change.district());
    setIfPresent(update, "ownerAgency", change.ownerAgency());
    setIfPresent(update, "riskLevel", change.riskLevel());
    setIfPresent(update, "stage", change.stage());
    try {
      mongo.upsert(olderOrAbsent, update, CaseSummary.class);
      return true;
    } catch (DuplicateKeyException alreadyNewer) {
      return false;
    }
  }

  public Optional<CaseSummary> byId(CaseId caseId) {
    return Optional.ofNullable(mongo.findById(caseId.toString(), CaseSummary.class));
  }

  private static void setIfPresent(Update update, String field, @Nullable String value) {
    if (value != null) {
      update.set(field, value);
    }
  }
}

package org.childprotect.referrals.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Stands in for Boot's MongoDB health indicator, which relies on the {@code hello} command that the
 * MongoDB-wire server of the embedded stack does not implement; {@code ping} works on both it and mongod.
 * Contributes as {@code mongoPing}.
 */
@Component
class MongoPingHealthIndicator extends AbstractHealthIndicator {

  private final MongoOperations mongo;

  MongoPingHealthIndicator(MongoOperations mongo) {
    super("MongoDB ping failed");
    this.mongo = mongo;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    // Throws when the server is unreachable, which the base class reports as DOWN.
    mongo.executeCommand(new Document("ping", 1));
    builder.up();
  }
}

package org.childprotect.reporting.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes the place of Boot's MongoDB health indicator, which asks the server {@code hello}: the MongoDB-wire server
 * of the embedded stack does not know that command, while {@code ping} works on it and on a real MongoDB alike.
 */
@Component("mongoPing")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	MongoPingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB ping failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", mongo.getDb().getName());
	}

}

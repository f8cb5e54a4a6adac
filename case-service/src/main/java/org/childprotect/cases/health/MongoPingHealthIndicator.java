package org.childprotect.cases.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Boot's MongoDB health check sends {@code hello}, which the MongoDB-wire server of the embedded stack does not
 * know; {@code ping} works on it and on a real MongoDB alike. Registered as {@code mongoPing}.
 */
@Component("mongoPing")
class MongoPingHealthIndicator implements HealthIndicator {

	private final MongoTemplate mongo;

	MongoPingHealthIndicator(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Health health() {
		try {
			Document reply = mongo.executeCommand(new Document("ping", 1));
			Object ok = reply.get("ok");
			return ok instanceof Number number && number.doubleValue() == 1.0
					? Health.up().withDetail("database", mongo.getDb().getName()).build()
					: Health.down().withDetail("reply", "not ok").build();
		}
		catch (RuntimeException ex) {
			// The class name is enough to act on; driver messages can be long and are not for probes.
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}

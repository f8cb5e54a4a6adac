package org.childprotect.reporting.releases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The {@value #COLLECTION} collection: one document per distinct release (same person, query, policy and
 * content), with when it was first and last released and how often. A dashboard that refreshes every few seconds
 * thus adds a document only when the figures it shows change, and every figure ever released stays traceable.
 */
@Repository
public class Releases {

	public static final String COLLECTION = "releases";

	private final MongoTemplate mongo;

	private final Clock clock;

	Releases(MongoTemplate mongo, ObjectProvider<Clock> clock) {
		this.mongo = mongo;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public void record(Release release) {
		String id = sha256(String.join("\n", release.who(), release.kind(), release.format(), release.query(),
				release.policy(), release.contentHash()));
		String now = clock.instant().toString();
		mongo.execute(COLLECTION, collection -> collection.updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.setOnInsert("who", release.who()), Updates.setOnInsert("kind", release.kind()),
						Updates.setOnInsert("format", release.format()), Updates.setOnInsert("query", release.query()),
						Updates.setOnInsert("policy", release.policy()),
						Updates.setOnInsert("contentHash", release.contentHash()),
						Updates.setOnInsert("suppressedCells", release.suppressedCells()),
						Updates.setOnInsert("firstReleasedAt", now), Updates.set("lastReleasedAt", now),
						Updates.inc("times", 1)),
				new UpdateOptions().upsert(true)));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this JVM", ex);
		}
	}

}

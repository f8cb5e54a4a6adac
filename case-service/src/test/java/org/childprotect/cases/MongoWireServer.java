package org.childprotect.cases;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * One in-memory MongoDB-wire server per test JVM, on a random port: the same wire protocol and driver path as
 * the embedded stack, without a {@code mongod}.
 */
public final class MongoWireServer {

	private static MongoServer server;

	private MongoWireServer() {
	}

	public static synchronized String uri(String database) {
		if (server == null) {
			server = new MongoServer(new MemoryBackend());
			server.bind();
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
		}
		return server.getConnectionString() + "/" + database;
	}

}

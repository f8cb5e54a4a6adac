package org.childprotect.reporting;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-process MongoDB-wire server (mongo-java-server), the same kind the embedded stack runs. */
public final class MongoWire {

	private final MongoServer server = new MongoServer(new MemoryBackend());

	private final InetSocketAddress address = server.bind();

	public String uri(String database) {
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
	}

	public void stop() {
		server.shutdownNow();
	}

}

package org.childprotect.mongowire;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-wire server of the embedded default stack (no mongod can be installed on these machines).
 * <p>
 * Usage: {@code java -jar mongo-wire-server.jar [file]}. The H2 MVStore file comes from the first argument, else
 * {@code MONGO_WIRE_FILE}, else {@code .stack/data/mongo.mv.db}; it listens on {@code MONGO_WIRE_HOST}
 * (default 127.0.0.1, never a public interface) and {@code MONGO_WIRE_PORT} (default 27017).
 * <p>
 * The oplog stays off: nothing in the platform uses change streams, and it makes every write several times slower.
 */
public final class MongoWireServer {

    private static final String DEFAULT_FILE = ".stack/data/mongo.mv.db";
    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 27017;

    private MongoWireServer() {
    }

    public static void main(String[] args) throws IOException {
        quietConnectionLogging();
        Path file = storeFile(args);
        String host = setting("MONGO_WIRE_HOST", DEFAULT_HOST);
        int port = port();

        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException bindFailure) {
            // Close the store so the file lock is released and nothing half-written stays behind.
            backend.close();
            System.err.printf("mongo-wire-server: cannot listen on %s:%d (%s)%n", host, port, bindFailure.getMessage());
            System.exit(1);
            return;
        }
        // SIGTERM (bin/stop) runs this hook: shutdown() stops listening, then closes the backend, which closes and
        // compacts the MVStore, so every acknowledged write is on disk for the next start.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-wire-shutdown"));
        System.out.printf("mongo-wire-server: listening on %s:%d, data in %s%n", host, port, file);
        // Netty's event-loop threads are not daemons: they keep the JVM alive until the hook runs.
    }

    /** Every service opens a connection pool; one INFO line per connect/close would drown the useful lines. */
    private static void quietConnectionLogging() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire", "warn");
    }

    private static Path storeFile(String[] args) throws IOException {
        String configured = args.length > 0 ? args[0] : setting("MONGO_WIRE_FILE", DEFAULT_FILE);
        Path file = Path.of(configured).toAbsolutePath().normalize();
        Files.createDirectories(file.getParent());
        return file;
    }

    private static int port() {
        String value = setting("MONGO_WIRE_PORT", Integer.toString(DEFAULT_PORT));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("MONGO_WIRE_PORT must be a port number, got '" + value + "'", notANumber);
        }
    }

    private static String setting(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}

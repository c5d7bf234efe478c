package dev.standpoint.durability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A PostgreSQL of its own that a test can kill with SIGKILL (the postmaster and every backend) and start again
 * over the same data directory, so that crash recovery replays the write-ahead log. It runs with PostgreSQL's
 * own durability defaults (synchronous_commit=on, fsync=on); the embedded default turns synchronous_commit off.
 */
public class CrashablePostgres implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;
    private static int port;

    @Override
    public synchronized Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("standpoint-pg-crash");
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    static synchronized void startDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** SIGKILL to the postmaster and all its backends at once: no checkpoint, no clean shutdown. */
    static synchronized void killDatabase() throws InterruptedException {
        ProcessHandle postmaster = postgres.getProcess().toHandle();
        var backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        postgres.getProcess().waitFor();
        for (ProcessHandle backend : backends) {
            backend.onExit().join();
        }
        try {
            postgres.close(); // releases the embedded library's lock on the data directory; the server is gone
        } catch (IOException alreadyDead) {
            // pg_ctl stop finds nothing to stop
        }
    }

    static synchronized String setting(String name) throws java.sql.SQLException {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }

    @Override
    public synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

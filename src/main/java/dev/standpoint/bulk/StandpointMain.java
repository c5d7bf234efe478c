package dev.standpoint.bulk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import java.util.List;

/**
 * The one entry point of the jar: the service, or with {@code analyse ...} the bulk mode. The bulk mode starts the
 * same application without its HTTP server and quietly; it opens the database only to store (--store), so it
 * can run beside the service, which holds the default H2 file.
 */
@QuarkusMain
public final class StandpointMain {

    private StandpointMain() {
    }

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("analyse")) {
            List<String> list = List.of(args);
            setDefault("quarkus.http.host-enabled", "false");
            setDefault("quarkus.banner.enabled", "false");
            setDefault("quarkus.log.level", "WARN");
            int threads = Runtime.getRuntime().availableProcessors();
            try {
                threads = BulkOptions.parse(list).threads();
            } catch (RuntimeException reportedByTheCommand) {
                // BulkCommand prints the usage
            }
            // The analysis pool bounds requests in the service; here it must let every thread through.
            setDefault("standpoint.analysis.concurrency", Integer.toString(threads));
            setDefault("standpoint.analysis.queue", Integer.toString(threads * 8));
            if (!list.contains("--store")) {
                setDefault("quarkus.datasource.active", "false");
                setDefault("quarkus.hibernate-orm.active", "false");
                setDefault("quarkus.flyway.active", "false");
            }
            Quarkus.run(BulkCommand.class, args);
            return;
        }
        Quarkus.run(args);
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

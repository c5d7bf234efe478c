package dev.standpoint.durability;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL, the production store, is killed with SIGKILL while four clients write single articles and
 * batches; after crash recovery every analysis the service had answered 201 for is there. This holds only
 * because the service answers after its transaction commits and PostgreSQL's synchronous_commit is on (its
 * default); the figures go to target/kill9/report.txt beside the H2 ones from {@link KillNineIT}.
 */
@QuarkusTest
@TestProfile(PostgresCrashTest.Profile.class)
class PostgresCrashTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CrashablePostgres.class));
        }
    }

    @TestHTTPResource("/")
    URL url;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOfThePostgresServer() throws Exception {
        assertEquals("on", CrashablePostgres.setting("synchronous_commit"));
        URI base = url.toURI();
        Map<String, String> acknowledged;
        try (WriteLoad load = new WriteLoad(base, 4)) {
            load.awaitAcknowledged(200, Duration.ofSeconds(60));
            CrashablePostgres.killDatabase();
            load.close();
            acknowledged = load.acknowledged();
            KillNineIT.report("postgresql kill: " + load.singleRequests() + " single and " + load.batchRequests()
                    + " batch requests, " + acknowledged.size() + " analyses acknowledged, " + load.failedRequests()
                    + " requests failed or cut off");
        }
        assertTrue(acknowledged.size() >= 200, "the load wrote too little before the kill: " + acknowledged.size());
        CrashablePostgres.startDatabase();
        dataSource.flush(AgroalDataSource.FlushMode.ALL); // connections to the killed server are dead
        Set<String> missing = WriteLoad.missing(base, acknowledged);
        KillNineIT.report("postgresql after restart: " + (acknowledged.size() - missing.size()) + " of "
                + acknowledged.size() + " found");
        assertEquals(Set.of(), missing, "acknowledged analyses lost");
    }
}

package dev.standpoint.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The zero-setup default: embedded H2 in PostgreSQL mode. db-kind is a build-time property; @QuarkusTest
 * re-augments the application for each test profile, so overriding it here really switches the JDBC
 * driver, Hibernate dialect and Flyway database to H2.
 */
public class H2DatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.db-kind", "h2",
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/h2-test/standpoint-" + ProcessHandle.current().pid()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "quarkus.datasource.username", "sa",
                "quarkus.datasource.password", "");
    }
}

package dev.standpoint.api;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigCheckTest {

    private static StandpointConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(StandpointConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()) // "30s", as Quarkus reads it
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
        return config.getConfigMapping(StandpointConfig.class);
    }

    @Test
    void theDefaultsPass() {
        assertTrue(ConfigCheck.problems(config(Map.of())).isEmpty());
    }

    @Test
    void everyBadSettingIsNamedWithItsValue() {
        var problems = ConfigCheck.problems(config(Map.of(
                "standpoint.batch.max-items", "1001",
                "standpoint.analysis.concurrency", "0",
                "standpoint.analysis.timeout", "0s")));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.contains("standpoint.batch.max-items must be between 1 and 1000, was 1001"), problems.toString());
        assertTrue(problems.contains("standpoint.analysis.concurrency must be at least 1, was 0"), problems.toString());
        assertTrue(problems.get(2).startsWith("standpoint.analysis.timeout must be positive"), problems.toString());
    }
}

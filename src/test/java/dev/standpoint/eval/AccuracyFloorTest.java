package dev.standpoint.eval;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accuracy is pinned: each engine the service offers, scored on the dev set, both halves of the annotated
 * corpus and PolNeAR dev ({@code ../shared}, as CI has it), must reach every floor committed for it.
 */
class AccuracyFloorTest {

    @ParameterizedTest
    @EnumSource(EngineSettings.Mode.class)
    void eachEngineReachesEveryCommittedFloor(EngineSettings.Mode mode) {
        Map<String, Double> figures = Evaluation.run(new Analyzer(EngineSettings.of(mode)), Path.of("../shared")).figures();
        Map<String, Double> floors = AccuracyFloors.read(AccuracyFloors.file(mode));
        assertTrue(floors.size() >= 20, "the floor file holds the headline figures: " + floors.keySet());
        List<String> broken = AccuracyFloors.violations(figures, floors);
        assertTrue(broken.isEmpty(), () -> broken.size() + " figures below their floors:\n" + String.join("\n", broken));
    }

    @Test
    void aFigureBelowItsFloorOrMissingIsReported() {
        Map<String, Double> floors = Map.of("dev.actor_f1", 0.9, "dev.gone", 0.1);
        List<String> broken = AccuracyFloors.violations(Map.of("dev.actor_f1", 0.85), floors);
        assertEquals(2, broken.size(), broken::toString);
        assertTrue(broken.stream().anyMatch(b -> b.startsWith("dev.actor_f1: 0.850 is below its floor 0.900")), broken::toString);
        assertTrue(broken.stream().anyMatch(b -> b.equals("dev.gone: no such figure")), broken::toString);
    }
}

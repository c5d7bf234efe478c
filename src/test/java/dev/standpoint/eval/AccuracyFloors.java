package dev.standpoint.eval;

import dev.standpoint.analysis.EngineSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The committed floors ({@code src/test/resources/eval/accuracy-floors-fast.tsv}, {@code -accurate.tsv}): for each headline figure, the
 * value it may not fall below. Raise a floor when the engine improves; never lower one without saying why
 * in the commit.
 */
final class AccuracyFloors {

    /** The floors of one engine: accuracy-floors-fast.tsv, accuracy-floors-accurate.tsv. */
    static Path file(EngineSettings.Mode mode) {
        return Path.of("src/test/resources/eval/accuracy-floors-" + mode.name().toLowerCase(Locale.ROOT) + ".tsv");
    }

    private AccuracyFloors() {
    }

    static Map<String, Double> read(Path file) {
        Map<String, Double> floors = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                floors.put(cols[0], Double.parseDouble(cols[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }

    /** Each floor the figures break, or name but lack, as one readable line. */
    static List<String> violations(Map<String, Double> figures, Map<String, Double> floors) {
        List<String> broken = new ArrayList<>();
        floors.forEach((name, floor) -> {
            Double value = figures.get(name);
            if (value == null) {
                broken.add(name + ": no such figure");
            } else if (value < floor) {
                broken.add(String.format(Locale.ROOT, "%s: %.3f is below its floor %.3f", name, value, floor));
            }
        });
        return broken;
    }
}

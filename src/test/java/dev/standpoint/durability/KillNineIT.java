package dev.standpoint.durability;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service on its zero-setup default store (H2 under ./data) is killed with SIGKILL while four
 * clients write single articles and batches, then started again on the same data: every analysis it had
 * answered 201 for must be there, with its title. Each round's figures are appended to
 * target/kill9/report.txt (docs/reliability.md quotes them).
 */
class KillNineIT {

    private static final int ROUNDS = Integer.getInteger("standpoint.kill9.rounds", 3);
    private static final Path REPORT = Path.of("target", "kill9", "report.txt");

    @Test
    void everyAcknowledgedWriteSurvivesSigkillOnTheDefaultH2Store() throws Exception {
        Path workDir = Path.of("target", "kill9", "h2-" + System.nanoTime()).toAbsolutePath();
        Map<String, String> acknowledged = new HashMap<>();
        // Each start but the first checks everything acknowledged before every earlier kill, then writes again.
        for (int round = 0; round <= ROUNDS; round++) {
            ServiceProcess service = ServiceProcess.start(workDir, List.of());
            try {
                if (round > 0) {
                    Set<String> missing = WriteLoad.missing(service.base(), acknowledged);
                    report("h2 after kill " + round + ": " + acknowledged.size() + " analyses acknowledged so far, "
                            + (acknowledged.size() - missing.size()) + " found after the restart");
                    assertEquals(Set.of(), missing, "acknowledged analyses lost by kill " + round);
                }
                if (round == ROUNDS) {
                    break;
                }
                try (WriteLoad load = new WriteLoad(service.base(), 4)) {
                    // kill at a different moment each round, once a fair number of writes were answered
                    load.awaitAcknowledged(100 + 50 * round, Duration.ofSeconds(30));
                    service.kill();
                    load.close();
                    assertTrue(load.acknowledged().size() > 0, "the load wrote nothing before the kill");
                    report("h2 kill " + (round + 1) + ": " + load.singleRequests() + " single and " + load.batchRequests()
                            + " batch requests (" + WriteLoad.BATCH_SIZE + " articles each), " + load.acknowledged().size()
                            + " analyses acknowledged, " + load.failedRequests() + " requests cut off");
                    acknowledged.putAll(load.acknowledged());
                }
            } finally {
                service.close();
            }
        }
    }

    static void report(String line) throws java.io.IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println("[kill -9] " + line);
    }
}

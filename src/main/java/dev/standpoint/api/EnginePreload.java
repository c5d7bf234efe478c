package dev.standpoint.api;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Article;

import java.util.concurrent.CompletableFuture;

/**
 * The default engine (lexicon and stance model), built and warmed on its own thread from the moment
 * {@link StandpointMain} starts: on two cores the ~0.5 s this takes overlaps Quarkus's boot instead of
 * delaying the first request. Tests and dev mode, which boot Quarkus without that main, build the engine
 * when it is first needed instead.
 */
final class EnginePreload {

    private static final String WARM_UP = """
            Ministers welcomed the plan on Monday. "It is a good start," said Anna Berg, the finance minister.
            Critics warned that it could cost jobs, and analysts doubted it would work.""";

    private static volatile CompletableFuture<Analyzer> loading;

    private EnginePreload() {
    }

    static void start() {
        CompletableFuture<Analyzer> future = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                Analyzer analyzer = new Analyzer(Analyzer.StanceScoring.LEXICON_AND_MODEL);
                analyzer.analyze(Article.of(WARM_UP)); // ONNX Runtime plans its memory on the first call
                future.complete(analyzer);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "engine-preload");
        loader.setDaemon(true);
        loader.start();
        loading = future;
    }

    /** The preloaded engine, waiting for it if it is still loading; a new one when nothing preloaded it. */
    static Analyzer modelEngine() {
        CompletableFuture<Analyzer> future = loading;
        return future != null ? future.join() : new Analyzer(Analyzer.StanceScoring.LEXICON_AND_MODEL);
    }
}

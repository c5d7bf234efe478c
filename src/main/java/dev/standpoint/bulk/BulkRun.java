package dev.standpoint.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Analyses an archive into a JSONL file, one line per article in the order they finish: the analysis with its
 * source first, or {"source", "error": problem} for an article that failed (the run goes on). Resumable: the
 * sources already in the output are skipped, and a last line cut short by a kill is dropped first, so an
 * interrupted run that is started again finishes the archive with every article once.
 */
public final class BulkRun {

    /** Analyses one article's record into the API's JSON for it. */
    @FunctionalInterface
    public interface Analyser {
        ObjectNode analyse(JsonNode record) throws Exception;
    }

    /** The problem document for an article that failed. */
    @FunctionalInterface
    public interface Problems {
        ObjectNode problem(Throwable e, String source);
    }

    /** What a run did. */
    public record Summary(long total, long skipped, long analysed, long errors, double articlesPerSecond) {
    }

    private final ObjectMapper mapper;
    private final Analyser analyser;
    private final Problems problems;
    private final int threads;
    private final long limit;

    public BulkRun(ObjectMapper mapper, Analyser analyser, Problems problems, int threads, long limit) {
        this.mapper = mapper;
        this.analyser = analyser;
        this.problems = problems;
        this.threads = threads;
        this.limit = limit;
    }

    public Summary run(ArticleSource articles, Path out, boolean terminal, java.io.PrintStream log)
            throws IOException, InterruptedException {
        Set<String> done = resume(out);
        long total = articles.size();
        long skipped = 0;
        Progress progress = new Progress(total, Math.min(done.size(), total), terminal, log, System::nanoTime);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bulk-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(progress::report, terminal ? 200 : 5000, terminal ? 200 : 5000,
                TimeUnit.MILLISECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bulk-analysis");
            t.setDaemon(true);
            return t;
        });
        // At most a few articles per thread wait in memory: a JSONL file of any size streams through.
        Semaphore inFlight = new Semaphore(threads * 4);
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            long started = 0;
            for (ArticleSource.Article article : articles) {
                if (done.contains(article.source())) {
                    skipped++;
                    continue;
                }
                if (started++ >= limit) {
                    break;
                }
                inFlight.acquire();
                workers.execute(() -> {
                    try {
                        Line line = line(article);
                        synchronized (writer) {
                            writer.write(line.json());
                        }
                        progress.itemDone(line.failed());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            workers.shutdown();
            workers.awaitTermination(365, TimeUnit.DAYS);
        } finally {
            ticker.shutdownNow();
            workers.shutdownNow();
        }
        progress.finish();
        return new Summary(total, skipped, progress.done(), progress.errors(), progress.rate());
    }

    private record Line(String json, boolean failed) {
    }

    /** One output line: the analysis with its source first, or the article's problem. */
    private Line line(ArticleSource.Article article) throws IOException {
        ObjectNode line = mapper.createObjectNode();
        line.put("source", article.source());
        boolean failed = false;
        try {
            line.setAll(analyser.analyse(article.record().read()));
        } catch (Exception | StackOverflowError e) {
            line.set("error", problems.problem(e, article.source()));
            failed = true;
        }
        return new Line(mapper.writeValueAsString(line) + "\n", failed);
    }

    /**
     * The sources already in the output. A last line without its newline was being written when the run was
     * stopped: it is cut off, and its article analysed again.
     */
    static Set<String> resume(Path out) throws IOException {
        Set<String> done = new HashSet<>();
        if (!Files.exists(out)) {
            return done;
        }
        try (RandomAccessFile file = new RandomAccessFile(out.toFile(), "rw")) {
            long end = file.length();
            long keep = end;
            while (keep > 0) {
                file.seek(keep - 1);
                if (file.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                file.setLength(keep);
            }
        }
        ObjectMapper plain = new ObjectMapper();
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // The source is the first field: read no further than it.
                try (JsonParser parser = plain.getFactory().createParser(line)) {
                    if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                            && parser.currentName().equals("source") && parser.nextToken() == JsonToken.VALUE_STRING) {
                        done.add(parser.getText());
                    }
                }
            }
        }
        return done;
    }
}

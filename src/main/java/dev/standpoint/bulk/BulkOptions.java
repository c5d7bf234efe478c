package dev.standpoint.bulk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the bulk mode:
 * {@code analyse DIR|FILE.jsonl [--out analyses.jsonl] [--csv actors.csv] [--actors actors.ndjson] [--store]
 * [--no-dedupe] [--threads N] [--limit N] [--offsets codepoints] [--fields summary]}.
 */
public record BulkOptions(Path input, Path out, Optional<Path> csv, Optional<Path> actors, boolean store,
                          boolean dedupe, int threads, long limit, String offsets, String fields) {

    public static final String USAGE = """
            usage: java -jar quarkus-run.jar analyse DIR|FILE.jsonl [options]
              DIR           every *.txt file under it (UTF-8), one article each; the source is its relative path
              FILE.jsonl    one JSON object a line: text (required), title, url, publishedAt, language, target;
                            the source is its "id" when it has one, else FILE.jsonl:LINE
              --out FILE    one analysis a line, as GET /v1/analyses/{id} answers it, with "source" first;
                            a failed article is a line {"source", "error": problem} (default analyses.jsonl)
              --csv FILE    also one row per actor and article as CSV, written at the end from --out
              --actors FILE the same rows as NDJSON
              --store       store each analysis in the service's database (dedupe: a text this engine stored
                            already is not stored again; --no-dedupe stores it anyway)
              --threads N   analyses at once (default: every core, %d here)
              --limit N     analyse at most N more articles, then stop (resume continues from there)
              --offsets codepoints   offsets in code points (Python) instead of UTF-16 units
              --fields summary       leave out mentions, evidence and quotes
            An interrupted run continues where it stopped: sources already in --out are skipped.
            """.formatted(Runtime.getRuntime().availableProcessors());

    public static BulkOptions parse(List<String> args) {
        List<String> rest = new ArrayList<>(args);
        if (!rest.isEmpty() && rest.get(0).equals("analyse")) {
            rest.remove(0);
        }
        Path input = null;
        Path out = Path.of("analyses.jsonl");
        Optional<Path> csv = Optional.empty();
        Optional<Path> actors = Optional.empty();
        boolean store = false;
        boolean dedupe = true;
        int threads = Runtime.getRuntime().availableProcessors();
        long limit = Long.MAX_VALUE;
        String offsets = "utf16";
        String fields = "full";
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            switch (arg) {
                case "--out" -> out = Path.of(value(rest, ++i, arg));
                case "--csv" -> csv = Optional.of(Path.of(value(rest, ++i, arg)));
                case "--actors" -> actors = Optional.of(Path.of(value(rest, ++i, arg)));
                case "--store" -> store = true;
                case "--no-dedupe" -> dedupe = false;
                case "--threads" -> threads = positive(value(rest, ++i, arg), arg);
                case "--limit" -> limit = positive(value(rest, ++i, arg), arg);
                case "--offsets" -> offsets = value(rest, ++i, arg);
                case "--fields" -> fields = value(rest, ++i, arg);
                default -> {
                    if (arg.startsWith("--") || input != null) {
                        throw new IllegalArgumentException("unknown argument '" + arg + "'");
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("name a directory of .txt files or a .jsonl file to analyse");
        }
        return new BulkOptions(input, out, csv, actors, store, dedupe, threads, limit, offsets, fields);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number above 0, not '" + value + "'");
    }
}

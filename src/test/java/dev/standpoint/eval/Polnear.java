package dev.standpoint.eval;

import dev.standpoint.analysis.model.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PolNeAR article (brat standoff, {@code ../shared/eval/polnear/README.md}): its text and every
 * attribution's content, source and cue spans, converted from code points to UTF-16 offsets.
 */
public record Polnear(String name, String text, List<GoldAttribution> attributions) {

    /** One attribution; a span list holds several pieces for a split quotation; the source may be empty. */
    public record GoldAttribution(List<Span> content, List<Span> source, List<Span> cue) {
        public int contentLength() {
            return content.stream().mapToInt(Span::length).sum();
        }
    }

    /** Every article of a split folder (texts/ and attributions/). */
    public static List<Polnear> load(Path split) {
        List<Polnear> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
                String text = Files.readString(split.resolve("texts").resolve(base + ".txt"), StandardCharsets.UTF_8);
                all.add(new Polnear(base, text, parse(Files.readString(ann, StandardCharsets.UTF_8), text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** One article of a split folder, by name (its file names without extension). */
    public static Polnear read(Path split, String name) {
        try {
            String text = Files.readString(split.resolve("texts").resolve(name + ".txt"), StandardCharsets.UTF_8);
            String ann = Files.readString(split.resolve("attributions").resolve(name + ".ann"), StandardCharsets.UTF_8);
            return new Polnear(name, text, parse(ann, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@code polnear.py parse_ann}: T lines are spans, E lines tie an attribution's roles; only those with content. */
    static List<GoldAttribution> parse(String ann, String text) {
        Map<String, List<Span>> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (line.matches("T\\d+\t.*")) { // a span's text may run over a line break
                String[] parts = line.split("\t", 3);
                String offsets = parts[1].substring(parts[1].indexOf(' ') + 1);
                List<Span> pieces = new ArrayList<>();
                for (String piece : offsets.split(";")) {
                    String[] se = piece.trim().split(" ");
                    pieces.add(new Span(utf16(text, Integer.parseInt(se[0])), utf16(text, Integer.parseInt(se[1]))));
                }
                spans.put(parts[0], pieces);
            } else if (line.matches("E\\d+\t.*")) {
                Map<String, List<String>> roles = new HashMap<>();
                for (String part : line.split("\t")[1].trim().split("\\s+")) {
                    String[] rt = part.split(":");
                    roles.computeIfAbsent(rt[0].replaceAll("\\d+$", ""), k -> new ArrayList<>()).add(rt[1]);
                }
                events.add(roles);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (Map<String, List<String>> roles : events) {
            List<Span> content = collect(roles.get("Content"), spans);
            if (!content.isEmpty()) {
                out.add(new GoldAttribution(content, collect(roles.get("Source"), spans), collect(roles.get("Cue"), spans)));
            }
        }
        return out;
    }

    private static List<Span> collect(List<String> ids, Map<String, List<Span>> spans) {
        List<Span> out = new ArrayList<>();
        if (ids != null) {
            ids.forEach(id -> out.addAll(spans.getOrDefault(id, List.of())));
        }
        return out;
    }

    /** The UTF-16 offset of a code point offset. */
    static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }
}

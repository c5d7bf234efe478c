package dev.standpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standpoint.api.InvalidRequestException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The articles of an archive, in a fixed order: a directory's *.txt files (sorted by relative path, each file
 * its own article, UTF-8) or a JSONL file's lines (blank lines skipped). Each article has a source that names it
 * in the output and for resuming; reading it may fail (bad UTF-8, a line that is not JSON), and that failure
 * becomes that article's error line, not the run's end.
 */
public final class ArticleSource implements Iterable<ArticleSource.Article> {

    /** One article: its source and a way to read its record (text, title, ...), which may throw. */
    public record Article(String source, Record record) {
    }

    /** Reads an article's fields; called on the worker that analyses it. */
    @FunctionalInterface
    public interface Record {
        JsonNode read() throws IOException;
    }

    private final Path input;
    private final ObjectMapper mapper;
    private final boolean jsonl;
    private final List<Path> files;

    private ArticleSource(Path input, ObjectMapper mapper) throws IOException {
        this.input = input;
        this.mapper = mapper;
        if (Files.isDirectory(input)) {
            this.jsonl = false;
            try (Stream<Path> walk = Files.walk(input)) {
                this.files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                        .sorted().toList();
            }
        } else if (Files.isRegularFile(input)) {
            this.jsonl = true;
            this.files = List.of();
        } else {
            throw new IOException("no such directory or file: " + input);
        }
    }

    public static ArticleSource of(Path input, ObjectMapper mapper) throws IOException {
        return new ArticleSource(input, mapper);
    }

    /** How many articles there are (a JSONL file is read once to count its lines). */
    public long size() {
        if (!jsonl) {
            return files.size();
        }
        try (Stream<String> lines = Files.lines(input, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Iterator<Article> iterator() {
        return jsonl ? lines() : files.stream().map(this::file).iterator();
    }

    private Article file(Path file) {
        String source = input.relativize(file).toString().replace('\\', '/');
        return new Article(source, () -> {
            ObjectNode record = mapper.createObjectNode();
            record.put("text", utf8(Files.readAllBytes(file), source));
            return record;
        });
    }

    /** Strict UTF-8: a file in another encoding is an error line, not silently mangled text. */
    private static String utf8(byte[] bytes, String source) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("text", source + " is not UTF-8 text");
        }
    }

    private Iterator<Article> lines() {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = input.getFileName().toString();
        return new Iterator<>() {
            private long number;
            private Article next = advance();

            private Article advance() {
                try {
                    String line;
                    do {
                        line = reader.readLine();
                        number++;
                    } while (line != null && line.isBlank());
                    if (line == null) {
                        reader.close();
                        return null;
                    }
                    String fallback = name + ":" + number;
                    JsonNode record;
                    try {
                        record = mapper.readTree(line);
                    } catch (IOException notJson) {
                        return new Article(fallback, () -> {
                            throw notJson;
                        });
                    }
                    JsonNode id = record.path("id");
                    String source = id.isTextual() || id.isNumber() ? id.asText() : fallback;
                    if (!record.isObject()) {
                        return new Article(source, () -> {
                            throw new InvalidRequestException("text", "line " + fallback
                                    + " is not a JSON object with a 'text' field");
                        });
                    }
                    return new Article(source, () -> record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Article next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Article current = next;
                next = advance();
                return current;
            }
        };
    }
}

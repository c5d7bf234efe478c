package dev.standpoint.analysis.stance;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.text.MiniLmTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the stance model reads for one actor, as token ids: {@code [CLS] headline . lead [SEP] name :
 * evidence | evidence | ... [SEP]}, the article's context first, then the actor and everything the article
 * attributes to it, direct quotes in quotation marks. Training data is written by this very class
 * (src/train), so training and serving read the same ids.
 */
public final class StanceModelInput {

    /** The longest input the model learnt from. */
    public static final int TRAINING_TOKENS = 224;
    /**
     * The longest input the engine gives it: on the annotated corpus, macro-F1 at 128 tokens is within 0.003 of
     * 224 (given gold evidence and end to end, both sources) and an article's model time 17% lower.
     */
    public static final int SERVING_TOKENS = 128;
    static final int HEADLINE_TOKENS = 30;
    static final int LEAD_TOKENS = 40;
    static final int NAME_TOKENS = 12;

    /** One piece of evidence as the model reads it. */
    public record Piece(EvidenceKind kind, String text) {
    }

    /** Token ids, with the segment (0: context, 1: actor and evidence) of each. */
    public record Encoded(long[] ids, long[] typeIds) {
        public int length() {
            return ids.length;
        }
    }

    private final int maxTokens;
    private final HuggingFaceTokenizer tokenizer;
    private final long cls;
    private final long sep;
    private final long period;
    private final long colon;
    private final long bar;

    /** Inputs as the engine reads them, {@link #SERVING_TOKENS} long at most. */
    public StanceModelInput() {
        this(SERVING_TOKENS);
    }

    public StanceModelInput(int maxTokens) {
        this.maxTokens = maxTokens;
        tokenizer = MiniLmTokenizer.open(Map.of("padding", "false", "truncation", "false"));
        cls = single("[CLS]");
        sep = single("[SEP]");
        period = single(".");
        colon = single(":");
        bar = single("|");
    }

    private long single(String token) {
        long[] ids = tokenizer.encode(token, false, false).getIds();
        if (ids.length != 1) {
            throw new IllegalStateException("'" + token + "' is not one token");
        }
        return ids[0];
    }

    private long[] words(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    public Encoded encode(String headline, String lead, String name, List<Piece> evidence) {
        List<Long> a = new ArrayList<>();
        add(a, words(headline), HEADLINE_TOKENS);
        a.add(period);
        add(a, words(lead), LEAD_TOKENS);
        List<Long> b = new ArrayList<>();
        add(b, words(name), NAME_TOKENS);
        b.add(colon);
        for (Piece p : evidence) {
            String text = p.kind() == EvidenceKind.DIRECT_QUOTE ? "\u201C" + p.text() + "\u201D" : p.text();
            add(b, words(text), maxTokens);
            b.add(bar);
            if (b.size() >= maxTokens) {
                break; // the rest would be cut anyway; tokenising it costs time
            }
        }
        int room = maxTokens - a.size() - 3;
        List<Long> bKept = b.subList(0, Math.min(b.size(), room));
        int n = a.size() + bKept.size() + 3;
        long[] ids = new long[n];
        long[] types = new long[n];
        int i = 0;
        ids[i++] = cls;
        for (long t : a) {
            ids[i++] = t;
        }
        ids[i++] = sep;
        int secondFrom = i;
        for (long t : bKept) {
            ids[i++] = t;
        }
        ids[i++] = sep;
        for (int k = secondFrom; k < n; k++) {
            types[k] = 1;
        }
        return new Encoded(ids, types);
    }

    private static void add(List<Long> to, long[] ids, int max) {
        for (int k = 0; k < ids.length && k < max; k++) {
            to.add(ids[k]);
        }
    }
}

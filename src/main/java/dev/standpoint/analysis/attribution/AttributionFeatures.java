package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The features the attribution tagger reads for each token of a sentence, hashed to 64 bits: the word and
 * its neighbours, shape and affixes, what the word lists say of it (a cue verb and its kind, a source noun,
 * an honorific, a pronoun), where the nearest cue and quotation stand, and what the rule attribution stage
 * found there (rules then model: the tagger learns when to trust each rule). Training (src/train) and the
 * engine extract them with this one class.
 */
public final class AttributionFeatures {

    /** Per token of the segmentation: whether a rule attribution has it as source, cue, content or quotation. */
    public record RuleMarks(boolean[] source, boolean[] cue, boolean[] content, boolean[] quote, String[] rule) {

        public static RuleMarks of(Segmentation segmentation, List<Attribution> rules) {
            int n = segmentation.tokens().size();
            RuleMarks m = new RuleMarks(new boolean[n], new boolean[n], new boolean[n], new boolean[n], new String[n]);
            for (Attribution a : rules) {
                mark(segmentation, a.source().span(), m.source, m.rule, a);
                mark(segmentation, a.cueSpan(), m.cue, m.rule, a);
                a.content().ifPresent(c -> mark(segmentation, c, m.content, m.rule, a));
                for (int q : a.quotations()) {
                    mark(segmentation, segmentation.quotations().get(q).outer(), m.quote, m.rule, a);
                }
            }
            return m;
        }

        private static void mark(Segmentation s, dev.standpoint.analysis.model.Span span, boolean[] flags,
                                 String[] rule, Attribution a) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
                    flags[i] = true;
                    rule[i] = a.provenance().decidedBy();
                }
            }
        }
    }

    private final CueLexicon cues;
    private final SourceWords words;

    public AttributionFeatures(CueLexicon cues, SourceWords words) {
        this.cues = cues;
        this.words = words;
    }

    /** The feature hashes of each token of the sentence, in order. */
    public long[][] of(Segmentation segmentation, Sentence sentence, RuleMarks marks) {
        List<Token> tokens = segmentation.tokens();
        int from = sentence.fromToken(), to = sentence.toToken();
        int n = to - from;
        String[] w = new String[n];
        String[] cueKind = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(from + i);
            w[i] = t.kind() == Token.Kind.QUOTE ? "<q>" : t.lower();
            Optional<CueLexicon.Cue> cue = t.isWord() ? cues.lookup(t.lower()) : Optional.empty();
            cueKind[i] = cue.map(c -> c.kind().name()).orElse(null);
        }
        long[][] features = new long[n][];
        List<Long> f = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            f.clear();
            Token t = tokens.get(from + i);
            int k = from + i;
            add(f, "b");
            add(f, "w=" + w[i]);
            add(f, "sh=" + shape(t));
            if (t.isWord()) {
                String l = w[i];
                add(f, "s3=" + l.substring(Math.max(0, l.length() - 3)));
                add(f, "p3=" + l.substring(0, Math.min(3, l.length())));
                words.honorifics().of(l).ifPresent(h -> add(f, "hon"));
                if (words.isSubjectPronoun(l)) {
                    add(f, "pron");
                }
                for (SourceWords.WordClass c : SourceWords.WordClass.values()) {
                    if (words.is(l, c)) {
                        add(f, "src=" + c);
                    }
                }
            }
            add(f, "w-1=" + at(w, i - 1));
            add(f, "w+1=" + at(w, i + 1));
            add(f, "w-2=" + at(w, i - 2));
            add(f, "w+2=" + at(w, i + 2));
            add(f, "w-3=" + at(w, i - 3));
            add(f, "w+3=" + at(w, i + 3));
            add(f, "stem=" + stem(w[i]));
            add(f, "stem-1=" + stem(at(w, i - 1)) + "|stem+1=" + stem(at(w, i + 1)));
            add(f, "sh-1|sh|sh+1=" + shapeAt(tokens, k - 1, from, to) + "|" + shape(t) + "|" + shapeAt(tokens, k + 1, from, to));
            add(f, "w-1|w=" + at(w, i - 1) + "|" + w[i]);
            add(f, "w|w+1=" + w[i] + "|" + at(w, i + 1));
            if (cueKind[i] != null) {
                add(f, "cue=" + cueKind[i]);
                cues.lookup(w[i]).ifPresent(c -> add(f, "lemma=" + c.lemma()));
            }
            add(f, "cue-1=" + at(cueKind, i - 1));
            add(f, "cue+1=" + at(cueKind, i + 1));
            int before = nearest(cueKind, i, -1), after = nearest(cueKind, i, 1);
            add(f, "cue<" + bucket(before));
            add(f, "cue>" + bucket(after));
            add(f, "cue<>" + bucket(before) + "|" + bucket(after) + "|" + shape(t));
            add(f, "sentcue=" + (before >= 0 || after >= 0 || cueKind[i] != null) + "|w=" + w[i]);
            if (t.kind() == Token.Kind.QUOTE) {
                String q = t.text();
                add(f, "qlen=" + bucket(q.split("\\s+").length));
                add(f, "qend=" + (q.matches("(?s).*[.!?,]\\W*$") ? "stop" : "open"));
            }
            add(f, "pos=" + (i == 0 ? "first" : i == n - 1 ? "last" : bucket(i)));
            add(f, "para=" + t.breakBefore());
            add(f, "r=" + (marks.source()[k] ? "S" : "") + (marks.cue()[k] ? "C" : "") + (marks.content()[k] ? "T" : "")
                    + (marks.quote()[k] ? "Q" : ""));
            if (marks.rule()[k] != null) {
                add(f, "rule=" + marks.rule()[k]);
            }
            add(f, "r-1=" + mark(marks, k - 1, from, to) + "|r+1=" + mark(marks, k + 1, from, to));
            features[i] = f.stream().mapToLong(Long::longValue).toArray();
        }
        return features;
    }

    /** The rule marks of token k, "-" outside the sentence [from, to). */
    /** A crude stem for unseen inflections: "warns", "warned", "warning" all read "warn". */
    private static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static String shapeAt(List<Token> tokens, int k, int from, int to) {
        return k < from || k >= to ? "-" : shape(tokens.get(k));
    }

    private static String mark(RuleMarks m, int k, int from, int to) {
        if (k < from || k >= to) {
            return "-";
        }
        return (m.source()[k] ? "S" : "") + (m.cue()[k] ? "C" : "") + (m.content()[k] ? "T" : "") + (m.quote()[k] ? "Q" : "");
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i] == null ? "-" : a[i];
    }

    /** Distance to the nearest cue word in direction {@code step}, or -1. */
    private static int nearest(String[] cueKind, int i, int step) {
        for (int j = i + step; j >= 0 && j < cueKind.length; j += step) {
            if (cueKind[j] != null) {
                return Math.abs(j - i);
            }
        }
        return -1;
    }

    private static String bucket(int d) {
        if (d < 0) {
            return "none";
        }
        return d <= 3 ? Integer.toString(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : d <= 25 ? "13-25" : "26+";
    }

    private static String shape(Token t) {
        if (t.kind() == Token.Kind.QUOTE) {
            return "Q";
        }
        if (t.kind() == Token.Kind.PUNCT) {
            return t.text();
        }
        String s = t.text();
        if (Character.isDigit(s.charAt(0))) {
            return "d";
        }
        if (s.equals(s.toUpperCase(java.util.Locale.ROOT)) && s.length() > 1) {
            return "X";
        }
        return Character.isUpperCase(s.codePointAt(0)) ? "Xx" : "x";
    }

    private static void add(List<Long> f, String feature) {
        f.add(hash(feature));
    }

    /** FNV-1a, 64 bits: feature strings are never stored, only their hashes. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}

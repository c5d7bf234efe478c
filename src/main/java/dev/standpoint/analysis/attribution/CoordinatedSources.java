package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.phrases.NounPhraseReader;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every source of a coordinated subject holds its attribution: "Senators Marco Rubio and Bill Nelson said
 * ...", "Richard Armitage, Henry Paulson and Brent Scowcroft have said ...". The stage it wraps reads the
 * source next to the cue; this adds the conjuncts before it, each as a name or source noun the phrase reader
 * reads and written as names, the first standing where a subject starts (the sentence's start, after a
 * comma, "like", "including" or "both") so that an object before "and" ("Clinton attacked Trump and Sanders
 * said") is not taken for one. A conjunct shares the reported words, not the quotations: a quotation keeps one speaker.
 */
public final class CoordinatedSources implements AttributionFinder {

    /** Lists of sources stay short in news copy; a longer run of names is more likely something else. */
    private static final int MAX_CONJUNCTS = 4;
    private static final Provenance PROVENANCE = Provenance.rule("coordinated-source", 0.9);

    private final AttributionFinder inner;

    public CoordinatedSources(AttributionFinder inner) {
        this.inner = inner;
    }

    @Override
    public Optional<String> modelName() {
        return inner.modelName();
    }

    @Override
    public List<Attribution> find(Segmentation segmentation, NounPhrases phrases) {
        List<Attribution> found = inner.find(segmentation, phrases);
        List<Attribution> all = new ArrayList<>(found);
        for (Attribution a : found) {
            if (a.content().isEmpty() || a.source().isPronoun()) {
                continue;
            }
            for (SourcePhrase other : conjuncts(segmentation, phrases.reader(), a)) {
                all.add(new Attribution(other, a.cue(), a.cueSpan(), a.sentence(), a.content(), a.contentKind(),
                        List.of(), a.negated(), PROVENANCE));
            }
        }
        all.sort(Comparator.comparingInt(Attribution::sentence).thenComparingInt(a -> a.cueSpan().start()));
        return all;
    }

    /** The sources coordinated before the attribution's own, nearest first; none unless the list opens a subject. */
    private static List<SourcePhrase> conjuncts(Segmentation s, NounPhraseReader reader, Attribution a) {
        int floor = s.sentences().get(a.sentence()).fromToken();
        int and = conjunction(s, a.source(), floor);
        if (and - 1 < floor) {
            return List.of();
        }
        List<SourcePhrase> conjuncts = new ArrayList<>();
        int last = and - 1;
        while (conjuncts.size() < MAX_CONJUNCTS) {
            Optional<SourcePhrase> phrase = reader.endingAt(last, floor);
            if (phrase.isEmpty() || phrase.get().isPronoun() || phrase.get().toToken() != last + 1
                    || !namesOnly(s, phrase.get())) {
                return List.of();
            }
            conjuncts.add(phrase.get());
            int before = phrase.get().fromToken() - 1;
            if (before < floor || opensSubject(s.token(before))) {
                return conjuncts;
            }
            if (!s.token(before).is(",")) {
                return List.of();
            }
            Token previous = before - 1 >= floor ? s.token(before - 1) : null;
            if (previous == null || !previous.isWord()) {
                return conjuncts; // ", Smith and Jones said": a clause's subject after a comma
            }
            last = before - 1;
        }
        return List.of();
    }

    /**
     * The "and" before the source's name: right before its phrase ("Marco Rubio and [Bill Nelson]"), or inside
     * a phrase read whole ("[Senators Marco Rubio and Bill Nelson]", named Bill Nelson); -1 if none.
     */
    private static int conjunction(Segmentation s, SourcePhrase source, int floor) {
        int nameStart = source.toToken();
        while (nameStart > source.fromToken() && s.token(nameStart - 1).span().start() >= source.nameSpan().start()) {
            nameStart--;
        }
        for (int i = nameStart - 1; i >= Math.max(floor, source.fromToken() - 1); i--) {
            Token t = s.token(i);
            if (t.is("and")) {
                return i;
            }
            if (t.isWord() && !t.isCapitalized() && !isArticle(t)) {
                return -1; // "British and Irish Lions coach Clive Woodward": the "and" is inside his role
            }
        }
        return -1;
    }

    /**
     * Whether every word before the phrase's last is capitalised or an article: "the United Steelworkers",
     * "Senator Marco Rubio"; the reader also takes lower-case modifiers ("senior officials"), which here could
     * swallow a verb ("Clinton attacked Trump and ...").
     */
    private static boolean namesOnly(Segmentation s, SourcePhrase phrase) {
        for (int i = phrase.fromToken(); i < phrase.toToken() - 1; i++) {
            Token t = s.token(i);
            if (t.isWord() && !t.isCapitalized() && !isArticle(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArticle(Token t) {
        return t.is("the") || t.is("a") || t.is("an");
    }

    private static boolean opensSubject(Token t) {
        return t.is("like") || t.is("including") || t.is("both") || t.kind() == Token.Kind.QUOTE;
    }
}

package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.NamePronouns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A transcript's speaker labels: a paragraph that opens with a name in capitals and a colon ("FALLIN: I think he
 * is trying to campaign as a racial healer.", "JAKE TAPPER: Donald Trump released a video") holds that speaker's
 * words, each sentence of it. A label is a speaker only when it names a person: the surname of one the text names
 * ("FALLIN" after "Gov. Mary Fallin"), or a first name and a surname; "UPDATE:", "EXCLUSIVE:" or "BYLINE:" name
 * no one.
 */
final class TranscriptSpeakers {

    static final CueLexicon.Cue LABEL = new CueLexicon.Cue(":", "transcript label", CueLexicon.Kind.SPEECH, Stance.NEUTRAL);
    static final String RULE = "transcript-label";
    private static final double CONFIDENCE = 0.9;
    private static final int MAX_LABEL_WORDS = 3;
    private static final NamePronouns FIRST_NAMES = NamePronouns.load();

    private TranscriptSpeakers() {
    }

    static List<Attribution> find(Segmentation segmentation, NounPhrases phrases) {
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = segmentation.tokens();
        List<Sentence> sentences = segmentation.sentences();
        int next = 0;
        for (Span paragraph : segmentation.paragraphs()) {
            while (next < sentences.size() && tokens.get(sentences.get(next).fromToken()).span().start() < paragraph.start()) {
                next++;
            }
            if (next == sentences.size() || segmentation.inHeadline(paragraph)) {
                continue;
            }
            Sentence first = sentences.get(next);
            int colon = labelEnd(tokens, first);
            if (colon < 0) {
                continue;
            }
            Optional<SourcePhrase> speaker = speaker(segmentation, phrases, first, colon);
            if (speaker.isEmpty()) {
                continue;
            }
            for (int i = next; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                if (tokens.get(sentence.fromToken()).span().start() >= paragraph.end()) {
                    break;
                }
                int from = i == next ? colon + 1 : sentence.fromToken();
                if (from < sentence.toToken()) {
                    Span content = new Span(tokens.get(from).span().start(), tokens.get(sentence.toToken() - 1).span().end());
                    found.add(new Attribution(speaker.get(), LABEL, tokens.get(colon).span(), sentence.index(),
                            Optional.of(content), EvidenceKind.REPORTED, List.of(), false,
                            Provenance.rule(RULE, CONFIDENCE)));
                }
            }
        }
        return found;
    }

    /** The colon after one to three words in capitals that open the sentence; -1 if it has no such label. */
    private static int labelEnd(List<Token> tokens, Sentence sentence) {
        for (int i = sentence.fromToken(); i < sentence.toToken() && i - sentence.fromToken() <= MAX_LABEL_WORDS; i++) {
            Token t = tokens.get(i);
            if (t.is(":")) {
                return i > sentence.fromToken() ? i : -1;
            }
            boolean capitals = t.isWord() && t.text().length() >= 2 && t.text().chars().anyMatch(Character::isLetter)
                    && t.text().equals(t.text().toUpperCase(Locale.ROOT));
            if (!capitals) {
                return -1;
            }
        }
        return -1;
    }

    private static Optional<SourcePhrase> speaker(Segmentation segmentation, NounPhrases phrases, Sentence sentence,
                                                  int colon) {
        List<Token> tokens = segmentation.tokens();
        List<String> words = new ArrayList<>();
        for (int i = sentence.fromToken(); i < colon; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            words.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        String name = String.join(" ", words);
        boolean known = phrases.persons().named(name, sentence.index()).isPresent();
        boolean fullName = words.size() >= 2 && FIRST_NAMES.isFirstName(words.get(0).toLowerCase(Locale.ROOT));
        if (!known && !fullName) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(sentence.fromToken()).span().start(), tokens.get(colon - 1).span().end());
        return Optional.of(new SourcePhrase(span, name, span, Optional.empty(), ActorType.PERSON,
                SourcePhrase.Reference.NAME, sentence.fromToken(), colon));
    }
}

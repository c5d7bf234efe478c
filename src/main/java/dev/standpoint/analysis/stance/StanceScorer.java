package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores one piece of evidence over the four stances from its cue and its words: lexicon hits, longest
 * phrase first; a negation within three words before a hit turns approval into skepticism and mutes
 * concern; concessions ("while", "although", what comes before "but") weigh less than the main clause;
 * intensifiers strengthen and hedges soften. With a model, {@link #withClassifier} adds a trained
 * classifier's probabilities, which the engine asks for only where the rules found no side for an actor.
 */
final class StanceScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-'\u2019][\\p{L}\\p{N}\\p{M}]+)*");
    /** Contractions ("wasn't") reach this list already split ("was", "not"): see {@link #words}. */
    private static final WordList NEGATIONS = WordList.load("stance-negations.tsv");
    private static final java.util.regex.Pattern REJECTED_CRITICISM = java.util.regex.Pattern.compile(
            "(?i)\\b(reject|dismiss|den(y|ie))\\w*\\s+(the\\s+|these\\s+|such\\s+|any\\s+)?"
                    + "(allegations?|accusations?|claims?|criticisms?|charges?|speculation|suggestions?|reports?|"
                    + "rumou?rs?|fears?|concerns?)\\b");
    private static final WordList INTENSIFIERS = WordList.load("intensifiers.tsv");
    private static final WordList HEDGES = WordList.load("hedges.tsv");
    private static final WordList CONCESSIONS = WordList.load("concessions.tsv");
    private static final WordList CONTRASTS = WordList.load("contrasts.tsv");
    /** Base weight of "no position": evidence must outweigh it to show a stance. */
    private static final double NEUTRAL_BASE = 0.3;

    /** How much the trained classifier's probabilities count beside the lexicon's weights. */
    static final double CLASSIFIER_WEIGHT = 1.0;
    static final int CLASSIFIER_MAX_WORDS = 12;
    /** Less than this much weight for any side from cues and lexicon counts as no signal. */
    static final double RULES_SILENT_BELOW = 0.5;

    private final StanceLexicon lexicon;
    private final Optional<SentenceEncoder> encoder;
    private final Optional<StanceClassifier> classifier;

    /** Lexicon and cues only: no model in the loop. */
    public StanceScorer(StanceLexicon lexicon) {
        this(lexicon, Optional.empty(), Optional.empty());
    }

    /** Lexicon and cues, plus a trained classifier over sentence embeddings. */
    public StanceScorer(StanceLexicon lexicon, SentenceEncoder encoder, StanceClassifier classifier) {
        this(lexicon, Optional.of(encoder), Optional.of(classifier));
    }

    private StanceScorer(StanceLexicon lexicon, Optional<SentenceEncoder> encoder, Optional<StanceClassifier> classifier) {
        this.lexicon = lexicon;
        this.encoder = encoder;
        this.classifier = classifier;
    }

    /** Raw evidence weights per stance, before normalisation; sentiment reads the lexicon part. */
    public record Weights(double approval, double concern, double skepticism, double neutral,
                          double positive, double negative) {
        public StanceScores scores() {
            return StanceScores.normalised(approval, concern, skepticism, neutral);
        }

        /** Whether cues and lexicon found no side here (less than {@link #RULES_SILENT_BELOW} for any side). */
        public boolean takesNoSide() {
            return approval + concern + skepticism < RULES_SILENT_BELOW;
        }
    }

    /** Cues and lexicon: the weights of one piece of evidence. */
    public Weights score(String evidenceText, EvidenceKind kind, Stance cuePrior, boolean cueNegated) {
        double[] w = new double[4];
        double positive = 0, negative = 0;
        w[Stance.NEUTRAL.ordinal()] = NEUTRAL_BASE;
        // The cue: a narrator's description ("welcomed", "expressed concern") is explicit, reporting verbs less so.
        Stance prior = cueNegated ? negate(cuePrior) : cuePrior;
        if (prior == Stance.SKEPTICISM && REJECTED_CRITICISM.matcher(evidenceText).find()) {
            prior = Stance.APPROVAL; // rejecting an allegation or criticism defends its target
        }
        if (prior != Stance.NEUTRAL) {
            w[prior.ordinal()] += kind == EvidenceKind.DESCRIPTION ? 1.6 : 0.8;
        }
        List<String> words = words(evidenceText);
        double[] clauseWeights = clauseWeights(words);
        for (int i = 0; i < words.size(); i++) {
            double clauseWeight = clauseWeights[i];
            for (int n = Math.min(lexicon.longestPhrase(), words.size() - i); n >= 1; n--) {
                StanceLexicon.Entry e = lexicon.lookup(String.join(" ", words.subList(i, i + n)));
                if (e == null) {
                    continue;
                }
                boolean negated = isNegated(words, i);
                Stance stance = negated ? negate(e.stance()) : e.stance();
                double weight = e.weight() * (negated && stance == Stance.NEUTRAL ? 0.3 : 1.0) * clauseWeight
                        * degree(words, i);
                w[stance.ordinal()] += weight;
                if (stance == Stance.APPROVAL) {
                    positive += weight;
                } else if (stance == Stance.CONCERN || stance == Stance.SKEPTICISM) {
                    negative += weight;
                }
                i += n - 1;
                break;
            }
        }
        return new Weights(w[0], w[1], w[2], w[3], positive, negative);
    }

    public boolean hasClassifier() {
        return classifier.isPresent();
    }

    /** The rules' weights for a piece of evidence plus the trained classifier's probabilities for its words. */
    public Weights withClassifier(Weights rules, String evidenceText, EvidenceKind kind) {
        StanceClassifier model = classifier.orElseThrow(() -> new IllegalStateException("no stance classifier"));
        double[] p = model.probabilities(encoder.orElseThrow().encode(leadingWords(evidenceText)), kind);
        return new Weights(rules.approval() + CLASSIFIER_WEIGHT * p[Stance.APPROVAL.ordinal()],
                rules.concern() + CLASSIFIER_WEIGHT * p[Stance.CONCERN.ordinal()],
                rules.skepticism() + CLASSIFIER_WEIGHT * p[Stance.SKEPTICISM.ordinal()],
                rules.neutral() + CLASSIFIER_WEIGHT * p[Stance.NEUTRAL.ordinal()],
                rules.positive(), rules.negative());
    }

    /**
     * Concessions count half: the clause a "while"/"although" opens (up to its comma), and whatever comes
     * before a "but"/"however"/"yet", since the writer's point follows the contrast.
     */
    static double[] clauseWeights(List<String> words) {
        double[] weights = new double[words.size()];
        Arrays.fill(weights, 1.0);
        boolean inConcession = false;
        int clauseStart = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (CONCESSIONS.contains(word)) {
                inConcession = true;
            } else if (inConcession && (word.equals(",") || CONTRASTS.contains(word))) {
                inConcession = false;
            }
            if (CONTRASTS.contains(word) && i > 0) {
                for (int j = clauseStart; j < i; j++) {
                    weights[j] = Math.min(weights[j], 0.5);
                }
                clauseStart = i;
            }
            if (inConcession) {
                weights[i] = 0.5;
            }
        }
        return weights;
    }

    /** The classifier reads at most the first words of long evidence: the stance is stated early, and cost grows with length. */
    static String leadingWords(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && ++words == CLASSIFIER_MAX_WORDS) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** An intensifier just before a hit strengthens it ("deeply concerned"); a hedge weakens it ("may harm"). */
    static double degree(List<String> words, int at) {
        double degree = 1.0;
        for (int j = Math.max(0, at - 2); j < at; j++) {
            if (INTENSIFIERS.contains(words.get(j))) {
                degree *= 1.5;
            } else if (HEDGES.contains(words.get(j))) {
                degree *= 0.7;
            }
        }
        return degree;
    }

    private static boolean isNegated(List<String> words, int at) {
        for (int j = Math.max(0, at - 3); j < at; j++) {
            if (NEGATIONS.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Doubting the good is skepticism; denying a harm or a doubt leaves no clear stance. */
    static Stance negate(Stance stance) {
        return switch (stance) {
            case APPROVAL -> Stance.SKEPTICISM;
            case CONCERN, SKEPTICISM, NEUTRAL -> Stance.NEUTRAL;
        };
    }

    /**
     * "wasn't" becomes "was not", so that negated phrases in the lexicon ("not interested", "not convinced")
     * and the negation window see the contracted forms too.
     */
    private static void addSplittingNegation(List<String> words, String word) {
        if (word.length() > 3 && word.endsWith("n't")) {
            String base = word.substring(0, word.length() - 3);
            words.add(switch (base) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "sha" -> "shall";
                default -> base;
            });
            words.add("not");
        } else {
            words.add(word);
        }
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        // Offsets are read in the lower-cased copy only: lower case can be longer ("İ" becomes two chars).
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        int last = 0;
        while (m.find()) {
            if (lower.substring(last, m.start()).indexOf(',') >= 0) {
                words.add(",");
            }
            addSplittingNegation(words, m.group().replace('\u2019', '\''));
            last = m.end();
        }
        return words;
    }
}

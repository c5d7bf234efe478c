package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stance by rules: each piece of evidence scored from its cue and the stance lexicon ({@link StanceScorer}),
 * an actor's evidence weighed together ({@link StanceAggregator}). Optionally, for an actor none of whose
 * evidence takes a side by cues and lexicon, a classifier over sentence embeddings is asked too.
 */
public final class LexiconStanceJudge implements StanceJudge {

    private static final String LEXICON = "stance-lexicon";
    private static final String CLASSIFIER = "stance-sentence-classifier";

    private final StanceScorer scorer;
    private final StanceAggregator aggregator = new StanceAggregator();
    private final WordList targetStopWords = WordList.load("target-stop-words.tsv");

    /** Cues and lexicon only: a fraction of a millisecond per article. */
    public LexiconStanceJudge() {
        this.scorer = new StanceScorer(new StanceLexicon());
    }

    /** Cues and lexicon, and the classifier for actors the rules find no side for (~1 ms per such evidence). */
    public LexiconStanceJudge(SentenceEncoder encoder, StanceClassifier classifier) {
        this.scorer = new StanceScorer(new StanceLexicon(), encoder, classifier);
    }

    /** How much each piece of evidence speaks to the question's target (target-stop-words.tsv, loaded once). */
    TargetRelevance relevanceTo(StanceQuestion question) {
        return new TargetRelevance(question.target(), targetStopWords);
    }

    @Override
    public Map<Integer, ActorJudgement> judge(StanceQuestion question) {
        TargetRelevance relevance = relevanceTo(question);
        Map<Integer, ActorJudgement> judgements = new LinkedHashMap<>();
        question.evidence().forEach((actor, items) -> {
            List<StanceAggregator.Scored> scored = new ArrayList<>();
            for (EvidenceItem e : items) {
                scored.add(new StanceAggregator.Scored(e, scorer.score(e.text(), e.kind(), e.cuePrior(), e.negated()),
                        relevance.of(e.text())));
            }
            // Rules first, actor by actor: the classifier is asked only about an actor none of whose evidence takes
            // a side by cues and lexicon. Asked about every such piece of evidence instead, it made five times the
            // calls and overrode actors the rules had read right (README, Accuracy).
            boolean askClassifier = scorer.hasClassifier() && scored.stream().allMatch(s -> s.weights().takesNoSide());
            if (askClassifier) {
                scored.replaceAll(s -> new StanceAggregator.Scored(s.item(),
                        scorer.withClassifier(s.weights(), s.item().text(), s.item().kind()), s.relevance()));
            }
            ActorCluster cluster = question.actors().get(actor);
            Optional<String> role = cluster == null ? Optional.empty() : cluster.role();
            StanceAggregator.Aggregate aggregate = aggregator.aggregate(scored, role);
            List<JudgedEvidence> judged = scored.stream()
                    .map(s -> new JudgedEvidence(s.item(), s.weights().scores())).toList();
            double confidence = aggregate.stance().confidence();
            judgements.put(actor, new ActorJudgement(aggregate.stance(), aggregate.sentiment(), judged,
                    askClassifier ? Provenance.model(CLASSIFIER, confidence) : Provenance.rule(LEXICON, confidence)));
        });
        return judgements;
    }
}

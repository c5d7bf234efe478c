package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.TestEngines;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped tagger as the attribution stage: what it adds to the rules, and where the rules keep the say. */
class TaggedAttributionFinderTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());
    private static final Analyzer TAGGER = new Analyzer(new EngineSettings(EngineSettings.AttributionStage.TAGGER,
            EngineSettings.StanceStage.LEXICON));

    private static final Analyzer TAGGER_AND_NETWORK = TestEngines.TAGGER_AND_NETWORK;

    private static List<Actor> actors(Analyzer engine, String text) {
        return engine.analyze(Article.of(text)).actors();
    }

    /** What a poll shows is its pollster's; a document with no one behind it ("Public records show") is no actor. */
    @Test
    void aPollThatShowsSomethingSpeaksForItsPollster() {
        List<Actor> found = actors(TAGGER_AND_NETWORK, "Race tightens\n\nA CNN/ORC poll showed a mere one-point "
                + "difference between Clinton and Sanders. Public records show little evidence of his gifts.");
        assertEquals(List.of("CNN/ORC"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("a mere one-point difference between Clinton and Sanders"),
                found.get(0).evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void aNameBeforeAnAppositiveIsTheSourceTheTaggedSpanNames() {
        List<Actor> found = actors(TAGGER_AND_NETWORK, "Refugees\n\nFilippo Grandi, the United Nations High "
                + "Commissioner for Refugees (UNHCR), reacted skeptically to the deal, \u201c[I am] concerned about any "
                + "agreement that involves blanket return.\u201d");
        assertEquals(List.of("Filippo Grandi"), found.stream().map(Actor::name).toList());
        assertEquals("United Nations High Commissioner for Refugees", found.get(0).role().orElseThrow());
    }

    @Test
    void anOfficeTheLastSourcesTitleHoldsTheHeadOfIsThatSource() {
        List<Actor> found = actors(TAGGER_AND_NETWORK, "North Korea\n\nSen. Marco Rubio responded first, ripping into "
                + "President Barack Obama late Tuesday night.\n\n\"I have been warning throughout this campaign that North "
                + "Korea is run by a lunatic,\" the Florida senator and Republican presidential candidate said.");
        assertEquals(List.of("Marco Rubio"), found.stream().map(Actor::name).toList());
    }

    @Test
    void aCueThatWrapsRoundItsContentKeepsTheContentWhole() {
        // the tagger reads "blasted ... on Monday over" as PolNeAR marks it, a cue in two parts round one content
        List<Actor> found = actors(TAGGER, "Abortion ruling\n\nPresumptive Democratic presidential nominee Hillary "
                + "Clinton blasted her Republican rival Donald Trump on Monday over his muddled stance on abortion.");
        assertEquals(List.of("Hillary Clinton"), found.stream().map(Actor::name).toList());
        List<String> evidence = found.get(0).evidence().stream().map(Evidence::text).toList();
        assertEquals(1, evidence.size(), evidence::toString);
        assertTrue(evidence.get(0).startsWith("her Republican rival Donald Trump on Monday over his muddled stance"),
                evidence::toString);
    }

    @Test
    void findsReportedSpeechByAVerbTheLexiconDoesNotKnow() {
        String text = "Tax plan\n\nMr Hughes quipped that the budget was a bag of tricks.";
        assertEquals(List.of(), actors(RULES, text));
        List<Actor> found = actors(TAGGER, text);
        assertEquals(1, found.size(), found::toString);
        assertEquals("Mr Hughes", found.get(0).name());
        assertEquals(List.of("the budget was a bag of tricks"), found.get(0).evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void theNetworkReadsASourceAfterALongContentThatTheTaggerAloneMisses() {
        String text = "Gas auction\n\nGazprom did not make a single bid, leaving the way open for the unknown Baikal group,"
                + " the Tass news agency reported.";
        assertEquals(List.of(), actors(TAGGER, text));
        List<Actor> found = actors(TAGGER_AND_NETWORK, text);
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).name().endsWith("agency"), found::toString);
        assertEquals(List.of("Gazprom did not make a single bid, leaving the way open for the unknown Baikal group"),
                found.get(0).evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void aGateThatSeesNoAttributionKeepsTheNetworkOutOfItsSentence() throws java.io.IOException {
        String text = "Gas auction\n\nGazprom did not make a single bid, leaving the way open for the unknown Baikal group,"
                + " the Tass news agency reported.";
        Segmentation s = new RuleSegmenter().segment(text);
        NounPhrases phrases = NounPhrases.read(s, new SourceWords());
        AttributionTagger tagger;
        try (var in = TaggedAttributionFinder.class.getResourceAsStream(TaggedAttributionFinder.MODEL)) {
            tagger = AttributionTagger.read(in);
        }
        AttributionTagger seesNothing = new AttributionTagger(new long[0], new float[0], new float[(Role.ALL.length + 1) * Role.ALL.length]);
        AttributionNetwork network = AttributionNetwork.load();
        java.util.function.Function<Optional<TaggedAttributionFinder.NetworkUse>, List<String>> contents = use ->
                new TaggedAttributionFinder(tagger, use, new AttributionFeatures(new CueLexicon(), new SourceWords()),
                        new RuleAttributionFinder(new CueLexicon()), CueLexicon.withPolnearCues(), "test", 0.5,
                        TaggedAttributionFinder.Decoding.CHOSEN).find(s, phrases).stream()
                        .map(a -> a.content().map(c -> c.of(text)).orElse("")).toList();
        List<String> alone = contents.apply(Optional.empty());
        assertFalse(alone.contains("Gazprom did not make a single bid, leaving the way open for the unknown Baikal group"), alone::toString);
        assertTrue(contents.apply(Optional.of(new TaggedAttributionFinder.NetworkUse(network, 100, Optional.empty())))
                .contains("Gazprom did not make a single bid, leaving the way open for the unknown Baikal group"));
        assertEquals(alone, contents.apply(Optional.of(new TaggedAttributionFinder.NetworkUse(network, 100, Optional.of(seesNothing)))));
    }

    @Test
    void aVerbOfJudgementTheTaggerFindsIsAReactionNotAnAction() {
        String text = "Tax plan\n\nSenator Mary Hughes lambasted the budget as a bag of tricks on Tuesday.";
        List<Actor> found = actors(TAGGER, text);
        assertEquals(List.of("Mary Hughes"), found.stream().map(Actor::name).toList());
        assertEquals(EvidenceKind.DESCRIPTION, found.get(0).evidence().get(0).kind());
    }

    @Test
    void aSentencesOpeningArticleBeforeANounReadAsACueIsNobody() {
        String text = "Terror plan\n\nThe comments come after Tony Blair defended his anti-terror proposals.";
        assertEquals(List.of(), actors(RULES, text));
        assertEquals(List.of("Tony Blair"), actors(TAGGER, text).stream().map(Actor::name).toList());
    }

    @Test
    void makesNoActorOfSomeoneWhoOnlyActs() {
        assertEquals(List.of(), actors(TAGGER, "Gun sale\n\nGunBroker.com has removed the listing for the weapon."));
    }

    @Test
    void keepsTheSourceTheRulesReadThroughAnAppositive() {
        String text = "Missiles\n\n\"While these systems are impressive, their readiness remains unproven,\" noted Dr. Elena "
                + "Kovalenko, a military historian at the University of Warsaw. \"Belarus still lacks the infrastructure.\"";
        Analysis a = TAGGER.analyze(Article.of(text));
        assertTrue(a.actors().stream().noneMatch(x -> x.name().contains("Warsaw")), a.actors()::toString);
        assertTrue(a.quotes().stream().allMatch(q -> q.speakerId().map(id -> a.actors().stream()
                .anyMatch(x -> x.id().equals(id) && x.name().equals("Dr. Elena Kovalenko"))).orElse(false)), a::toString);
    }
    @Test
    void resolvesAPronounTheTaggerMarkedAsTheSource() {
        String text = "Tax plan\n\nMr Hughes arrived late. He quipped that the budget was a bag of tricks.";
        List<Actor> found = actors(TAGGER, text);
        assertEquals(List.of("Mr Hughes"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("the budget was a bag of tricks"), found.get(0).evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void givesARelativePronounsWordsToThePhraseItFollows() {
        String text = "Tax plan\n\nMr Hughes, who quipped that the budget was a bag of tricks, left early.";
        List<Actor> found = actors(TAGGER, text);
        assertEquals(List.of("Mr Hughes"), found.stream().map(Actor::name).toList());
        assertTrue(found.get(0).evidence().get(0).text().startsWith("the budget was a bag of tricks"), found::toString);
    }

    @Test
    void givesANominalCueToThePossessivePronounThatOwnsIt() {
        String text = "Tax plan\n\nMs Jones arrived late. Her remark that the budget was a bag of tricks angered ministers.";
        List<Actor> found = actors(TAGGER, text);
        // the ministers' anger (ExperiencerReactions) stands beside her remark and takes nothing from it
        assertEquals(List.of("Ms Jones", "ministers"), found.stream().map(Actor::name).sorted().toList());
        Actor jones = found.stream().filter(a -> a.name().equals("Ms Jones")).findFirst().orElseThrow();
        assertTrue(jones.evidence().get(0).text().startsWith("the budget was a bag of tricks"), found::toString);
    }

    @Test
    void typesACueLearntFromPolnearAsSpeech() {
        // "pointed out" is in cues-polnear.tsv only: without it the tagger's cue would be an action, showing no view
        List<Actor> found = actors(TAGGER, "Tax plan\n\nMr Hughes pointed out the budget was a bag of tricks.");
        assertEquals(List.of("Mr Hughes"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("pointed out"), found.get(0).evidence().stream().map(Evidence::cue).toList());
    }
    @Test
    void readsAPluralTheWordListsDoNotKnowAsAGroupWhenTheTaggerMarksItAsTheSource() {
        List<Actor> found = actors(TAGGER, "Hospital cuts\n\nShop owners said the closure would hurt trade.");
        assertEquals(List.of("Shop owners"), found.stream().map(Actor::name).toList());
        assertEquals(ActorType.GROUP, found.get(0).type());
        // a document is no group: "the polls" stays out (non-source-plurals.tsv)
        assertEquals(List.of(), actors(TAGGER, "Election\n\nThe polls suggested that the race was close."));
    }

    /** An attribution of "Ann" at the cue span given, its content the span after it. */
    private static Attribution attribution(int cueStart, EvidenceKind kind, String decidedBy) {
        SourcePhrase ann = new SourcePhrase(new Span(0, 3), "Ann", new Span(0, 3), Optional.empty(), ActorType.PERSON,
                SourcePhrase.Reference.NAME, 0, 1);
        CueLexicon.Cue cue = new CueLexicon.Cue("criticised", "criticise", CueLexicon.Kind.REACTION, Stance.NEUTRAL);
        return new Attribution(ann, cue, new Span(cueStart, cueStart + 10), 0, Optional.of(new Span(cueStart + 11, 40)),
                kind, List.of(), false, Provenance.rule(decidedBy, 0.9));
    }

    @Test
    void eachDecodingSaysWhoseReadingWinsWhereRuleAndTaggerShareWords() {
        Attribution ruleReaction = attribution(4, EvidenceKind.DESCRIPTION, "rule");
        Attribution ruleSpeech = attribution(4, EvidenceKind.REPORTED, "rule");
        Attribution taggedSameCue = attribution(4, EvidenceKind.REPORTED, "tagger");
        Attribution taggedOtherCue = attribution(20, EvidenceKind.REPORTED, "tagger");
        assertTrue(TaggedAttributionFinder.RulesKept.ALL.wins(ruleSpeech, taggedSameCue));
        assertTrue(TaggedAttributionFinder.RulesKept.REACTIONS.wins(ruleReaction, taggedSameCue));
        assertFalse(TaggedAttributionFinder.RulesKept.REACTIONS.wins(ruleReaction, taggedOtherCue));
        assertFalse(TaggedAttributionFinder.RulesKept.REACTIONS.wins(ruleSpeech, taggedSameCue));
        assertFalse(TaggedAttributionFinder.RulesKept.NONE.wins(ruleReaction, taggedSameCue));
    }
}

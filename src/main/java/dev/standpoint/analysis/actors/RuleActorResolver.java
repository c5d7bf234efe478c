package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Actor resolution by rule, source phrase by source phrase in text order ({@link ActorRegistry}): a surname
 * joins its full name, a pronoun the last source or person named that fits it, an office its holder,
 * "the company" the organisation that last spoke; then every later use of each actor's name is a mention
 * ({@link MentionFinder}).
 */
public final class RuleActorResolver implements ActorResolver {

    /** How often each kind of link is right: a fixed figure per rule (see the per-rule table of the evaluation). */
    private static final Map<String, Double> LINK_CONFIDENCE = Map.of("name", 0.95, "description", 0.9);
    private static final double INDIRECT_LINK_CONFIDENCE = 0.8;
    /** "Smith, who on Tuesday also said": how far after the source its relative pronoun may stand. */
    private static final int RELATIVE_REACH_TOKENS = 3;

    private final WordList possessives = WordList.load("possessive-determiners.tsv");
    private final WordList organisationAnaphors = WordList.load("organisation-anaphors.tsv");
    private final WordList prepositions = WordList.load("prepositions.tsv");
    private final MentionFinder mentionFinder = new MentionFinder();

    @Override
    public ActorResolution resolve(Segmentation segmentation, NounPhrases phrases, List<Attribution> attributions) {
        ActorRegistry registry = new ActorRegistry(phrases.persons(), phrases.organisations(), possessives,
                organisationAnaphors, prepositions);
        List<Optional<ActorRegistry.Link>> links = new ArrayList<>();
        // each cue's contents, gathered once: a scan of every attribution per attribution is quadratic
        Map<Span, List<Span>> contentsByCue = new HashMap<>();
        attributions.forEach(a -> a.content().ifPresent(c ->
                contentsByCue.computeIfAbsent(a.cueSpan(), k -> new ArrayList<>()).add(c)));
        for (Attribution a : attributions) {
            Optional<ActorRegistry.Link> link = registry.resolve(a.source(), a.sentence(),
                    wordsSaidWith(segmentation, a, contentsByCue));
            link.ifPresent(l -> relativePronounBeforeCue(segmentation, a).ifPresent(who -> registry.mention(l.entry(), who)));
            links.add(link);
        }
        registry.finish();
        // each name's initialism is looked up once: the join and the naming below both ask, and a lookup scans the text
        Map<String, Optional<String>> expansions = new HashMap<>();
        Function<String, Optional<String>> expansion = name -> expansions.computeIfAbsent(name,
                n -> Initialisms.expansion(n, segmentation, phrases.reader()));
        registry.joinInitialisms(expansion);
        List<ResolvedAttribution> resolved = new ArrayList<>();
        for (int i = 0; i < attributions.size(); i++) {
            Optional<ActorRegistry.Link> link = links.get(i);
            if (link.isEmpty()) {
                resolved.add(new ResolvedAttribution(attributions.get(i), OptionalInt.empty(),
                        Provenance.rule("pronoun-unresolved", 0.0)));
                continue;
            }
            int index = link.get().entry().index();
            int canonical = registry.canonical(index);
            String rule = canonical == index ? link.get().rule() : registry.joinedBy(index).orElseThrow();
            resolved.add(new ResolvedAttribution(attributions.get(i), OptionalInt.of(canonical),
                    Provenance.rule(rule, LINK_CONFIDENCE.getOrDefault(rule, INDIRECT_LINK_CONFIDENCE))));
        }
        List<ActorRegistry.Entry> entries = registry.entries();
        Map<Integer, List<Mention>> mentions = mentionFinder.find(entries, segmentation.tokens(), segmentation.text());
        List<ActorCluster> actors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        entries.forEach(e -> names.add(e.name()));
        for (ActorRegistry.Entry e : entries) {
            // "IMF" is the International Monetary Fund where the text says so, unless an actor of that name speaks too
            String name = e.type() == ActorType.ORGANIZATION
                    ? expansion.apply(e.name()).filter(full -> !names.contains(full))
                            .orElse(e.name())
                    : e.name();
            actors.add(new ActorCluster(e.index(), name, e.type(), e.role(), mentions.get(e.index())));
        }
        return new ActorResolution(actors, resolved);
    }

    /**
     * The contents the attribution's cue introduces where its source follows them after a comma or a quotation
     * mark: "X, the vice president said, Y" gives X and Y. Elsewhere a content before the source is as often the
     * tagger's overreach ("... emails that Mrs. Clinton had given ..., which she said represented ...").
     */
    private static List<Span> wordsSaidWith(Segmentation segmentation, Attribution a, Map<Span, List<Span>> contentsByCue) {
        int before = a.source().fromToken() - 1;
        Token t = before >= 0 ? segmentation.tokens().get(before) : null;
        if (t == null || !(t.is(",") || t.kind() == Token.Kind.QUOTE)) {
            return List.of();
        }
        return contentsByCue.getOrDefault(a.cueSpan(), List.of());
    }

    /**
     * "Smith, who said ...": the relative pronoun between the source and its cue, which refers to the source
     * as "he" would (PolNeAR marks it as the source), within a few words of the cue ("who also said").
     */
    private static Optional<Span> relativePronounBeforeCue(Segmentation segmentation, Attribution a) {
        List<Token> tokens = segmentation.tokens();
        for (int i = a.source().toToken(); i < tokens.size() && i <= a.source().toToken() + RELATIVE_REACH_TOKENS
                && tokens.get(i).span().start() < a.cueSpan().start(); i++) {
            if (tokens.get(i).is("who") || tokens.get(i).is("which")) {
                return Optional.of(tokens.get(i).span());
            }
        }
        return Optional.empty();
    }
}

package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every place each actor is named: the source phrases it was resolved from, plus each later use of its
 * name (or a person's surname). One pass over the tokens for all actors together, so the work grows
 * with the text, not with text times actors.
 */
final class MentionFinder {

    private static final int MAX_MENTIONS_PER_ACTOR = 500;

    private record Form(String text, int actor) {
    }

    /** @return mentions per entry index, in text order and without overlaps */
    Map<Integer, List<Mention>> find(List<ActorRegistry.Entry> actors, List<Token> tokens, String text) {
        Map<Integer, TreeMap<Integer, Span>> spans = new HashMap<>();
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (ActorRegistry.Entry actor : actors) {
            TreeMap<Integer, Span> own = new TreeMap<>();
            for (Span s : actor.mentions()) {
                own.merge(s.start(), s, (a, b) -> a.length() >= b.length() ? a : b);
            }
            spans.put(actor.index(), own);
            List<String> forms = new ArrayList<>(List.of(actor.name()));
            if (actor.type() == ActorType.PERSON && actor.name().contains(" ")) {
                forms.add(actor.name().substring(actor.name().lastIndexOf(' ') + 1));
            }
            for (String form : forms) {
                if (form.length() >= 2) {
                    byFirstWord.computeIfAbsent(firstWord(form), k -> new ArrayList<>()).add(new Form(form, actor.index()));
                }
            }
        }
        for (Token t : tokens) {
            List<Form> candidates = t.isWord() ? byFirstWord.get(t.text()) : null;
            if (candidates == null) {
                continue;
            }
            int at = t.span().start();
            for (Form form : candidates) {
                int end = at + form.text().length();
                boolean wholeWord = text.startsWith(form.text(), at)
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                TreeMap<Integer, Span> own = spans.get(form.actor());
                if (!wholeWord || own.size() >= MAX_MENTIONS_PER_ACTOR) {
                    continue;
                }
                Map.Entry<Integer, Span> before = own.floorEntry(at);
                if (before == null || before.getValue().end() <= at) {
                    own.put(at, new Span(at, end));
                }
            }
        }
        Map<Integer, List<Mention>> mentions = new HashMap<>();
        spans.forEach((actor, own) -> {
            List<Mention> list = new ArrayList<>();
            int lastEnd = -1;
            for (Span s : own.values()) {
                if (s.start() >= lastEnd) {
                    list.add(new Mention(s, s.of(text)));
                    lastEnd = s.end();
                }
            }
            mentions.put(actor, list);
        });
        return mentions;
    }

    private static String firstWord(String form) {
        int end = 0;
        while (end < form.length() && (Character.isLetterOrDigit(form.charAt(end)) || form.charAt(end) == '-'
                || form.charAt(end) == '\'' || form.charAt(end) == '\u2019')) {
            end++;
        }
        return form.substring(0, Math.max(end, 1));
    }
}

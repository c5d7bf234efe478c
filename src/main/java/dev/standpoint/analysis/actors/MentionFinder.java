package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.PersonNames;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.NamePronouns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * Every place each actor is named: the source phrases it was resolved from, plus each later use of its
 * name (or a person's surname). One pass over the tokens for all actors together, so the work grows
 * with the text, not with text times actors.
 */
final class MentionFinder {

    private static final int MAX_MENTIONS_PER_ACTOR = 500;
    private static final NamePronouns FIRST_NAMES = NamePronouns.load();

    private record Form(String text, int actor) {
    }

    /** A person's actor and the surname its mentions may use alone. */
    private record Person(int actor, String name, String surname) {
    }

    /** Of two spans at one start, the longer: a full name over its first word. */
    private static final BinaryOperator<Span> LONGER = (a, b) -> a.length() >= b.length() ? a : b;

    /** @return mentions per entry index, in text order and without overlaps */
    Map<Integer, List<Mention>> find(List<ActorRegistry.Entry> actors, List<Token> tokens, String text) {
        Map<Integer, TreeMap<Integer, Span>> spans = new HashMap<>();
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        Map<String, List<Person>> bySurname = new HashMap<>();
        // every span some actor is named at: a surname inside another's full name ("Clinton" in "Hillary
        // Clinton") is that one's, not a mention of each actor of that surname
        TreeMap<Integer, Span> named = new TreeMap<>();
        for (ActorRegistry.Entry actor : actors) {
            TreeMap<Integer, Span> own = new TreeMap<>();
            for (Span s : actor.mentions()) {
                own.merge(s.start(), s, LONGER);
                named.merge(s.start(), s, LONGER);
            }
            spans.put(actor.index(), own);
            if (actor.name().length() >= 2) {
                byFirstWord.computeIfAbsent(firstWord(actor.name()), k -> new ArrayList<>())
                        .add(new Form(actor.name(), actor.index()));
            }
            if (actor.type() == ActorType.PERSON && actor.name().contains(" ")) {
                String surname = PersonNames.surnameWord(actor.name());
                if (surname.length() >= 2) {
                    bySurname.computeIfAbsent(firstWord(surname), k -> new ArrayList<>())
                            .add(new Person(actor.index(), actor.name(), surname));
                }
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            int at = t.span().start();
            for (Form form : byFirstWord.getOrDefault(t.text(), List.of())) {
                Span span = new Span(at, at + form.text().length());
                if (text.startsWith(form.text(), at) && endsWord(text, span.end()) && add(spans.get(form.actor()), span)) {
                    named.merge(at, span, LONGER);
                }
            }
            List<Person> persons = bySurname.get(t.text());
            Map.Entry<Integer, Span> around = named.floorEntry(at);
            if (persons != null && (around == null || around.getValue().end() <= at)) {
                Person person = namedFirst(persons, spans);
                Span span = new Span(at, at + person.surname().length());
                if (text.startsWith(person.surname(), at) && endsWord(text, span.end())
                        && !(k > 0 && anotherFirstName(tokens.get(k - 1), person.name()))) {
                    add(spans.get(person.actor()), span);
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

    /** Adds the span unless the actor already has one there; false when full or taken. */
    private static boolean add(TreeMap<Integer, Span> own, Span span) {
        if (own.size() >= MAX_MENTIONS_PER_ACTOR) {
            return false;
        }
        Map.Entry<Integer, Span> before = own.floorEntry(span.start());
        if (before != null && before.getValue().end() > span.start()) {
            return false;
        }
        own.put(span.start(), span);
        return true;
    }

    /**
     * Of the persons a surname may be, the one named first, as PersonNames reads a surname two persons share
     * (copy names the other in full each time).
     */
    private static Person namedFirst(List<Person> persons, Map<Integer, TreeMap<Integer, Span>> spans) {
        Person first = persons.get(0);
        for (Person person : persons) {
            TreeMap<Integer, Span> own = spans.get(person.actor());
            TreeMap<Integer, Span> best = spans.get(first.actor());
            if (!own.isEmpty() && (best.isEmpty() || own.firstKey() < best.firstKey())) {
                first = person;
            }
        }
        return first;
    }

    /** "Hillary" before "Clinton" when the actor is Bill Clinton: the surname is another person's name. */
    private static boolean anotherFirstName(Token before, String actorName) {
        return before.isCapitalized() && FIRST_NAMES.isFirstName(before.lower())
                && !List.of(actorName.split(" ")).contains(before.text());
    }

    private static boolean endsWord(String text, int end) {
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
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

package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Groups source phrases, read in text order, into actors: a surname joins its full name ("Mr
 * Kilroy-Silk" with "Robert Kilroy-Silk"), a pronoun joins the last source it can refer to ("he" the
 * last person, "they" the last group, "it" the last organisation, each within a few sentences), an
 * office joins the last person holding it ("the minister" a "Defense Minister"), and groups and
 * unnamed sources join by their normalised phrase.
 */
public final class ActorRegistry {

    private static final int PRONOUN_REACH_SENTENCES = 6;
    private static final int IT_THEY_REACH_SENTENCES = 2;

    /** An actor being assembled. */
    public static final class Entry {
        private final int index;
        private ActorType type;
        private String name;
        private Optional<String> role;
        private final List<Span> mentions = new ArrayList<>();
        private int lastSentence;

        Entry(int index, SourcePhrase phrase, int sentence) {
            this.index = index;
            this.type = phrase.type();
            this.name = phrase.name();
            this.role = phrase.role();
            this.lastSentence = sentence;
        }

        public int index() {
            return index;
        }

        public ActorType type() {
            return type;
        }

        public String name() {
            return name;
        }

        public Optional<String> role() {
            return role;
        }

        public List<Span> mentions() {
            return mentions;
        }

        /** The last word of a person's name, which later mentions reuse ("Mr Hensel"). */
        public String surname() {
            String[] words = name.split(" ");
            return words[words.length - 1].replaceFirst("['\u2019]s?$", "").toLowerCase(Locale.ROOT);
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    private Entry lastPerson;
    private Entry lastCollective;
    private Entry lastOrganisation;

    /** Finds or creates the actor a source phrase refers to; empty when a pronoun has nothing to refer to. */
    public Optional<Entry> resolve(SourcePhrase phrase, int sentence) {
        Entry entry = switch (phrase.reference()) {
            case PRONOUN -> resolvePronoun(phrase, sentence);
            case OFFICE -> resolveOffice(phrase, sentence);
            case NAME -> resolveName(phrase, sentence);
            case DESCRIPTION -> byKey(key(phrase.name()), phrase, sentence);
        };
        if (entry == null) {
            return Optional.empty();
        }
        entry.mentions.add(phrase.reference() == SourcePhrase.Reference.NAME ? phrase.nameSpan() : phrase.span());
        entry.lastSentence = sentence;
        if (entry.role.isEmpty()) {
            entry.role = phrase.role();
        }
        switch (entry.type) {
            case PERSON, ANONYMOUS -> lastPerson = entry;
            case GROUP -> lastCollective = entry;
            case ORGANIZATION -> {
                lastOrganisation = entry;
                lastCollective = entry;
            }
        }
        return Optional.of(entry);
    }

    public List<Entry> entries() {
        return entries;
    }

    private Entry resolvePronoun(SourcePhrase phrase, int sentence) {
        String p = phrase.name().toLowerCase(Locale.ROOT);
        Entry candidate = switch (p) {
            case "he", "she" -> lastPerson;
            case "they" -> lastCollective;
            default -> lastOrganisation;
        };
        int reach = p.equals("he") || p.equals("she") ? PRONOUN_REACH_SENTENCES : IT_THEY_REACH_SENTENCES;
        return candidate != null && sentence - candidate.lastSentence <= reach ? candidate : null;
    }

    private Entry resolveOffice(SourcePhrase phrase, int sentence) {
        String[] words = phrase.name().toLowerCase(Locale.ROOT).split(" ");
        String office = words[words.length - 1];
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            boolean holdsOffice = e.type == ActorType.PERSON && e.role.map(r -> r.toLowerCase(Locale.ROOT))
                    .map(r -> r.matches(".*\\b" + java.util.regex.Pattern.quote(office) + "\\b.*")).orElse(false);
            if (holdsOffice) {
                return e;
            }
        }
        return byKey(key(phrase.name()), phrase, sentence);
    }

    private Entry resolveName(SourcePhrase phrase, int sentence) {
        String surname = surnameOf(phrase.name());
        if (phrase.type() == ActorType.PERSON) {
            Entry person = byKey.get("person:" + surname);
            if (person == null) {
                // A lone surname seen earlier was taken for an organisation: it was this person.
                Entry lone = byKey.remove(key(surname));
                if (lone != null) {
                    lone.type = ActorType.PERSON;
                    person = lone;
                }
            }
            if (person != null) {
                if (wordCount(phrase.name()) > wordCount(person.name)) {
                    person.name = phrase.name();
                }
                byKey.put("person:" + surname, person);
                return person;
            }
            return byKey("person:" + surname, phrase, sentence);
        }
        boolean loneWord = wordCount(phrase.name()) == 1;
        if (loneWord) {
            Entry person = byKey.get("person:" + surname);
            if (person != null) {
                return person;
            }
        }
        return byKey(key(phrase.name()), phrase, sentence);
    }

    private Entry byKey(String key, SourcePhrase phrase, int sentence) {
        return byKey.computeIfAbsent(key, k -> {
            Entry e = new Entry(entries.size(), phrase, sentence);
            entries.add(e);
            return e;
        });
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("^(the|a|an) ", "")
                .replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").trim();
    }

    private static String surnameOf(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1].replaceFirst("['\u2019]s?$", "").toLowerCase(Locale.ROOT);
    }

    private static int wordCount(String name) {
        return name.split(" ").length;
    }
}

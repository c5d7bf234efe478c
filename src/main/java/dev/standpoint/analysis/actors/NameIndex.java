package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every person the article names in full, whether or not they speak: "Belarusian Defense Minister
 * Victor Khrenin" in the lead lets a later "Khrenin stated" and "the minister emphasized" find him.
 */
public final class NameIndex {

    /** A person named in the text, with the role the same phrase gives. */
    public record PersonName(SourcePhrase phrase, int sentence) {
        public String surname() {
            return ActorRegistry.surnameOf(phrase.name());
        }
    }

    private final List<PersonName> inOrder = new ArrayList<>();
    private final Map<String, PersonName> bySurname = new HashMap<>();

    public static NameIndex build(List<Token> tokens, List<int[]> sentences, SourceReader reader) {
        NameIndex index = new NameIndex();
        for (int s = 0; s < sentences.size(); s++) {
            int i = sentences.get(s)[0], end = sentences.get(s)[1];
            while (i < end) {
                if (!tokens.get(i).isCapitalized()) {
                    i++;
                    continue;
                }
                int j = i;
                // a dot after an honorific ("Dr.") or a middle initial ("John E. Kelly") stays inside the name
                while (j < end && (tokens.get(j).isCapitalized() || reader.isDotInName(j, i))) {
                    j++;
                }
                if (j - i >= 2) {
                    Optional<SourcePhrase> person = reader.nameRun(i, j)
                            .filter(p -> p.type() == ActorType.PERSON && p.name().contains(" "));
                    if (person.isPresent()) {
                        index.add(person.get(), s);
                    }
                }
                i = j;
            }
        }
        return index;
    }

    private void add(SourcePhrase phrase, int sentence) {
        PersonName name = new PersonName(phrase, sentence);
        inOrder.add(name);
        PersonName known = bySurname.get(name.surname());
        boolean fuller = known == null || phrase.name().split(" ").length > known.phrase().name().split(" ").length
                || (known.phrase().role().isEmpty() && phrase.role().isPresent());
        if (fuller) {
            bySurname.put(name.surname(), known != null && phrase.role().isEmpty() && known.phrase().role().isPresent()
                    ? new PersonName(phrase.withRole(known.phrase().role()), sentence) : name);
        }
    }

    public Optional<PersonName> bySurname(String surname) {
        return Optional.ofNullable(bySurname.get(surname));
    }

    /** The last person named before the token, no more than {@code reach} sentences back. */
    public Optional<PersonName> lastBefore(int token, int sentence, int reach) {
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            PersonName p = inOrder.get(i);
            if (p.phrase().fromToken() < token) {
                return sentence - p.sentence() <= reach ? Optional.of(p) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The last person before the token whose role holds every word of {@code office} ("defense minister"). */
    public Optional<PersonName> lastHolding(List<String> officeWords, int token) {
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            PersonName p = inOrder.get(i);
            if (p.phrase().fromToken() < token && p.phrase().role().map(r -> holds(r, officeWords)).orElse(false)) {
                return Optional.of(bySurname.getOrDefault(p.surname(), p));
            }
        }
        return Optional.empty();
    }

    /** Words that make another office of the same title: a deputy mayor is not the mayor. */
    private static final Set<String> RANK_MODIFIERS = Set.of("deputy", "vice", "shadow",
            "former", "ex", "acting", "assistant", "junior", "interim", "outgoing", "incoming");

    /** The role names the office: it has every word of it, and no rank modifier the office lacks. */
    static boolean holds(String role, List<String> officeWords) {
        List<String> roleWords = List.of(role.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        if (officeWords.isEmpty() || !roleWords.containsAll(officeWords)) {
            return false;
        }
        return roleWords.stream().noneMatch(w -> RANK_MODIFIERS.contains(w) && !officeWords.contains(w));
    }
}

package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organisations an article names, speaking or not, in text order: "Continental Airlines is in trouble ...
 * The company said" has the company's name a sentence before the company speaks. Only names that say they are
 * an organisation's are kept, by an organisation word ("Airlines", "Bank", "Party") or as an acronym ("AMR");
 * a lone capitalised word may as well be a surname or a place, and a headline's names are left to the text.
 */
public final class OrganisationNames {

    /** An organisation named in sentence {@code sentence}. */
    public record OrganisationName(SourcePhrase phrase, int sentence) {
    }

    private final List<OrganisationName> inOrder;

    private OrganisationNames(List<OrganisationName> inOrder) {
        this.inOrder = List.copyOf(inOrder);
    }

    public static OrganisationNames build(Segmentation segmentation, NounPhraseReader reader) {
        List<OrganisationName> found = new ArrayList<>();
        List<Token> tokens = segmentation.tokens();
        for (Sentence sentence : segmentation.sentences()) {
            int i = sentence.fromToken(), end = sentence.toToken();
            while (i < end) {
                if (!tokens.get(i).isCapitalized()) {
                    i++;
                    continue;
                }
                int j = reader.nameRunEnd(i, end);
                Span run = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                if (!segmentation.inHeadline(run)) {
                    Optional<SourcePhrase> name = reader.nameRun(i, j)
                            .filter(p -> p.type() == ActorType.ORGANIZATION && p.reference() == SourcePhrase.Reference.NAME)
                            .filter(p -> saysItIsAnOrganisation(reader, p));
                    name.ifPresent(p -> found.add(new OrganisationName(p, sentence.index())));
                }
                i = j;
            }
        }
        return new OrganisationNames(found);
    }

    private static boolean saysItIsAnOrganisation(NounPhraseReader reader, SourcePhrase name) {
        boolean loneWord = name.toToken() - name.fromToken() == 1;
        return !reader.isPlaceName(name.fromToken(), name.toToken())
                && (reader.isOrganisationName(name.fromToken(), name.toToken())
                || loneWord && NounPhraseReader.isAcronym(name.name()));
    }

    /** The last organisation named before the token, no more than {@code reach} sentences back. */
    public Optional<OrganisationName> lastBefore(int token, int sentence, int reach) {
        // the names are in text order: a binary search finds the last one before the token, so that an article
        // of thousands of names and anaphors stays linear
        int low = 0, high = inOrder.size() - 1, last = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (inOrder.get(mid).phrase().toToken() <= token) {
                last = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return last >= 0 && sentence - inOrder.get(last).sentence() <= reach ? Optional.of(inOrder.get(last))
                : Optional.empty();
    }
}

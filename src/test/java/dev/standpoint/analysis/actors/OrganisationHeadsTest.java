package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A bare noun that heads a known organisation's name is that organisation. */
class OrganisationHeadsTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static List<String> names(String text) {
        return RULES.analyze(Article.of(text)).actors().stream().map(Actor::name).toList();
    }

    @Test
    void theHeadNounOfANamedOrganisationIsThatOrganisation() {
        assertEquals(List.of("North Wales Police"), names("North Wales Police said the fires were arson. Police "
                + "said no one had been charged. The police added that inquiries went on."));
    }

    @Test
    void aPartysMembersAreNotTheGroupNamedAfterThem() {
        assertEquals(List.of("Senate Democrats", "Democrats"), names("Senate Democrats said the bill would fail. "
                + "Democrats said the vote was close."));
    }
}

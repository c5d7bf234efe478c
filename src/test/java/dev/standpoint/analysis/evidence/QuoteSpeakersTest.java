package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuoteSpeakersTest {

    private static final Analyzer ANALYZER = new Analyzer();

    private static Optional<String> speakerOf(Analysis analysis, String quoteStart) {
        Quote quote = analysis.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + quoteStart));
        return quote.speakerId().map(id -> analysis.actors().stream().filter(a -> a.id().equals(id))
                .map(Actor::name).findFirst().orElseThrow());
    }

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(Article.of(text));
    }

    @Test
    void attributesQuoteToSpeakerNamedAfterTheVerb() {
        Analysis a = analyze("\"The plan is a mistake,\" said Jane Smith, a lawyer at Smith & Co.");
        assertEquals(Optional.of("Jane Smith"), speakerOf(a, "The plan"));
        assertEquals(Optional.of("lawyer at Smith & Co"), a.actors().get(0).role());
    }

    @Test
    void attributesQuoteToSpeakerNamedBeforeTheVerbWithAColon() {
        Analysis a = analyze("Tory leader Michael Howard told MPs: \"The tide is going out.\"");
        assertEquals(Optional.of("Michael Howard"), speakerOf(a, "The tide"));
        assertEquals(Optional.of("Tory leader"), a.actors().get(0).role());
    }

    @Test
    void resolvesAPronounSpeakerToTheLastPersonWhoSpoke() {
        Analysis a = analyze("Vincent Cable accused the minister of ducking choices.\n\nHe said: \"This is complacency.\"");
        assertEquals(Optional.of("Vincent Cable"), speakerOf(a, "This is"));
    }

    @Test
    void givesHeToTheManNamedLastRatherThanTheWomanWhoSpokeLast() {
        Analysis a = analyze("Ms Tymoshenko said the list was ready. A day earlier, Mr Yushchenko - keen to reassure "
                + "investors - had said only 30 firms would be targeted. The list \"will be limited\", he said.");
        assertEquals(Optional.of("Mr Yushchenko"), speakerOf(a, "will be limited"));
    }

    @Test
    void aFirstNameTellsThePronounSoSheSkipsTheManWhoSpokeLast() {
        Analysis a = analyze("Hillary Clinton spoke in Iowa. David Axelrod said the race was close.\n\n"
                + "\"We will win,\" she said.");
        assertEquals(Optional.of("Hillary Clinton"), speakerOf(a, "We will win"));
    }

    @Test
    void givesHeToTheNearestManNamedWhenTheLastNameIsAWomans() {
        Analysis a = analyze("Bill Clinton stood beside Hillary Clinton at the convention.\n\n"
                + "\"She is the best darn change-maker,\" he said.");
        assertEquals(Optional.of("Bill Clinton"), speakerOf(a, "She is the best"));
    }

    @Test
    void givesHeToTheManNamedSinceTheLastSourceSpoke() {
        Analysis a = analyze("Ted Cruz said the race was over.\n\nOn Monday Donald Trump toured Ohio. "
                + "\"We will win,\" he said.");
        assertEquals(Optional.of("Donald Trump"), speakerOf(a, "We will win"));
    }

    @Test
    void aSurnameAloneNamesThePersonAgainForAPronoun() {
        Analysis a = analyze("Donald Trump arrived in Iowa on Sunday. Ted Cruz said the race was over.\n\n"
                + "Later, Trump toured Ohio. \"We will win,\" he said.");
        assertEquals(Optional.of("Donald Trump"), speakerOf(a, "We will win"));
    }

    @Test
    void aRoleWordAfterAFirstNameOrAFormOfAddressIsASurname() {
        Analysis a = analyze("Charlie King, a Democratic strategist, said the race was close. "
                + "\"No one has captured the dilemma,\" Mr. King said.");
        assertEquals(Optional.of("Charlie King"), speakerOf(a, "No one has"));
        assertEquals(Optional.of("Democratic strategist"), a.actors().get(0).role());
    }

    @Test
    void givesAnOfficeToThePersonNamedSinceTheLastSourceSpoke() {
        Analysis a = analyze("Rachel Woolard said she liked Bernie.\n\nMarco Rubio toured Miami on Monday. "
                + "\"I have been warning,\" said the Florida senator.");
        assertEquals(Optional.of("Marco Rubio"), speakerOf(a, "I have been warning"));
    }

    @Test
    void theRelativePronounOfASourceIsOneOfItsMentions() {
        Analysis a = analyze("Ann Smith, who said the bill would pass, chairs the committee.");
        assertEquals(List.of("Ann Smith", "who"), a.actors().get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void aPlaceOfTwoWordsIsNoPersonForAPronoun() {
        Analysis a = analyze("The senator campaigned hard in New Hampshire.\n\n\"We are surging,\" he said.");
        assertTrue(a.actors().stream().noneMatch(actor -> actor.name().equals("New Hampshire")), a.actors().toString());
    }

    @Test
    void leavesAQuoteUnattributedWhenThePronounFitsNobody() {
        Analysis a = analyze("Ms Jowell said it was good. \"We are ready,\" he said.");
        assertEquals(Optional.empty(), speakerOf(a, "We are ready"));
    }

    @Test
    void joinsASurnameToTheFullNameGivenInPassing() {
        Analysis a = analyze("Defense Minister Victor Khrenin met the president. \"We are ready,\" Khrenin stated.");
        assertEquals(Optional.of("Victor Khrenin"), speakerOf(a, "We are"));
        assertEquals(Optional.of("Defense Minister"), a.actors().get(0).role());
    }

    @Test
    void attributesBothHalvesOfASplitQuote() {
        Analysis a = analyze("Dr Michael Bjorn said the study was new. \"For instance,\" he said, \"older people use SMS.\"");
        assertEquals(Optional.of("Dr Michael Bjorn"), speakerOf(a, "For instance"));
        assertEquals(Optional.of("Dr Michael Bjorn"), speakerOf(a, "older people"));
    }

    @Test
    void continuesTheSpeakerIntoAParagraphThatOpensWithAQuote() {
        Analysis a = analyze("\"It is unproven,\" noted Dr.\n\nElena Kovalenko, a historian. \"It cannot be ignored.\"");
        assertEquals(Optional.of("Dr. Elena Kovalenko"), speakerOf(a, "It is unproven"));
        assertEquals(Optional.of("Dr. Elena Kovalenko"), speakerOf(a, "It cannot"));
    }

    @Test
    void leavesAQuoteWithNoSupportedSpeakerUnattributed() {
        Analysis a = analyze("The weather was cold.\n\nThe town was quiet.\n\n\"Nobody knows what comes next for any of us.\"");
        assertEquals(Optional.empty(), speakerOf(a, "Nobody knows"));
    }

    @Test
    void countsAShortQuotedWordAsSpeechWhenACueGivesItASpeaker() {
        Analysis a = analyze("The Tories dismissed the plan as \"desperate\".");
        assertEquals(Optional.of("The Tories"), speakerOf(a, "desperate"));
    }

    @Test
    void treatsNamesInQuotationMarksAsNamesNotSpeech() {
        Analysis a = analyze("The minister said the ‘Oreshnik’ would be deployed, and the ‘Oreshnik’ is ready.");
        assertTrue(a.quotes().isEmpty(), () -> "unexpected quotes " + a.quotes());
    }

    @Test
    void findsAnUnnamedSourceIntroducedWithAParticiple() {
        Analysis a = analyze("Western diplomats expressed concern, with a senior EU official stating, ‘This could destabilize the region.’");
        assertEquals(Optional.of("a senior EU official"), speakerOf(a, "This could"));
        List<String> names = a.actors().stream().map(Actor::name).toList();
        assertTrue(names.contains("Western diplomats"), names::toString);
    }

    @Test
    void namesAPossessiveOfficeByThePersonTheNextSentenceNames() {
        Analysis a = analyze("Gordon Brown will meet his rule \"with a margin to spare\", according to his former "
                + "chief economic adviser.\n\nEd Balls said he hoped more would be done.");
        assertEquals(Optional.of("Ed Balls"), speakerOf(a, "with a margin"));
    }

    @Test
    void attributesAQuotedNameSomeoneCallsSomething() {
        Analysis a = analyze("Sen. Elizabeth Warren called the bill \"a cruel mistake\" on Thursday.");
        assertEquals(Optional.of("Elizabeth Warren"), speakerOf(a, "a cruel mistake"));
    }

    @Test
    void joinsALoneSurnameToAFullNameAfterAnOfficeAndAPlace() {
        Analysis a = analyze("House Speaker Mike Johnson was unmoved. In an interview, Johnson said the bill was "
                + "\"dead on arrival\".");
        assertEquals(Optional.of("Mike Johnson"), speakerOf(a, "dead on arrival"));
    }

    @Test
    void aPersonOfAPlaceIsThePersonAndThePlaceJoinsTheRole() {
        Analysis a = analyze("Senator Bernie Sanders of Vermont said: \"He would make an outstanding president.\"");
        assertEquals(Optional.of("Bernie Sanders"), speakerOf(a, "He would make"));
        assertEquals(Optional.of("Senator of Vermont"), a.actors().get(0).role());
    }

    @Test
    void anOwnersOfficeIsSomeoneOtherThanTheOwnerOrAHolderOfAnotherOffice() {
        Analysis a = analyze("Donald Trump toured Ohio on Monday. \"He is gratified,\" Donald Trump's campaign manager said. "
                + "\"It was fine,\" said Mark Hill, the chief executive.");
        assertEquals(Optional.of("Donald Trump's campaign manager"), speakerOf(a, "He is gratified"));
        assertEquals(Optional.of("Mark Hill"), speakerOf(a, "It was fine"));
        // an organisation's office may well be someone named before
        Analysis nominee = analyze("Ann Lee said the race was close.\n\nDonald Trump toured Ohio on Monday. "
                + "\"We will win,\" said the Republican Party's presumptive nominee.");
        assertEquals(Optional.of("Donald Trump"), speakerOf(nominee, "We will win"));
    }

    @Test
    void aNameAfterOneOfAGroupIsTheSpeakerAndTheGroupItsRole() {
        Analysis a = analyze("One of the so-called Guildford Four, Gerry Conlon, said: \"It is a day I never thought would come.\"");
        assertEquals(Optional.of("Gerry Conlon"), speakerOf(a, "It is a day"));
        assertEquals(Optional.of("One of the so-called Guildford Four"), a.actors().get(0).role());
    }

    @Test
    void readsTheSubjectPastAnAsideSetOffByDashes() {
        Analysis a = analyze("Gerry Conlon - who was wrongly convicted of planting the bombs - said: \"We are delighted.\"");
        assertEquals(Optional.of("Gerry Conlon"), speakerOf(a, "We are delighted"));
    }

    @Test
    void anOwnersFullNameLetsALaterSurnameNameTheSamePerson() {
        Analysis a = analyze("Mike Leigh's film Vera Drake got three nominations. Leigh, who had received nominations for "
                + "Topsy Turvy, told BBC News the success was amazing. He said: \"We hoped for a nomination.\"");
        assertEquals(Optional.of("Mike Leigh"), speakerOf(a, "We hoped"));
    }

    @Test
    void aPronounJoinsThePersonWhoOpensTheSentenceBefore() {
        // "Piers" is in no first-name list, so his name cannot tell "he"; standing as the subject it need not
        Analysis a = analyze("\"We will not be diverted,\" said Gordon Brown. Piers Freelove is senior benefit officer "
                + "on the picket line. He said: \"The majority of people have decided not to come in.\"");
        assertEquals(Optional.of("Piers Freelove"), speakerOf(a, "The majority"));
    }
}

package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NounPhraseReaderTest {

    private static final SourceWords WORDS = new SourceWords();

    /** The source phrase a tagger would get for the first token of the text. */
    private static Optional<SourcePhrase> firstWordAsSource(String text) {
        Segmentation segmentation = new RuleSegmenter().segment(text);
        return new NounPhraseReader(WORDS, segmentation).phraseOf(0, 1);
    }

    @Test
    void readsAWordThatOnlyOpensItsSentenceAsNoName() {
        assertTrue(firstWordAsSource("Hours later, Trump returned the compliment.").isEmpty());
        assertTrue(firstWordAsSource("Such attacks are unheard-of among the leaders.").isEmpty());
        assertTrue(firstWordAsSource("Well, he was afraid it would.").isEmpty());
    }

    @Test
    void aWordAfterAModalIsAVerbNotAModifierOfTheSource() {
        String text = "The candidates will confront voters in Ohio.";
        Segmentation segmentation = new RuleSegmenter().segment(text);
        NounPhraseReader reader = new NounPhraseReader(WORDS, segmentation);
        assertEquals("voters", reader.endingAt(4, 0).orElseThrow().name()); // not "confront voters"
        assertEquals("Many angry voters", new NounPhraseReader(WORDS, new RuleSegmenter().segment("Many angry voters said no."))
                .endingAt(2, 0).orElseThrow().name());
    }

    @Test
    void keepsACommonWordAsANameWhereTheArticleCapitalisesItInsideASentence() {
        assertEquals("Jobs", firstWordAsSource("Jobs said the phone was ready. Steve Jobs smiled.").orElseThrow().name());
    }

    @Test
    void keepsDeterminersAndPluralsThatStandForPeople() {
        assertEquals("Many", firstWordAsSource("Many said the plan was sound.").orElseThrow().name());
        assertEquals("Proponents", firstWordAsSource("Proponents said the plan was sound.").orElseThrow().name());
    }

    @Test
    void leavesTheDayOrMonthASourceSpokeOutOfItsName() {
        String text = "But Band Aid founder Bob Geldof in July said he was sick of it.";
        Segmentation segmentation = new RuleSegmenter().segment(text);
        NounPhraseReader reader = new NounPhraseReader(WORDS, segmentation);
        SourcePhrase phrase = reader.phraseOf(1, 8).orElseThrow(); // "Band Aid founder Bob Geldof in July"
        assertEquals("Bob Geldof", phrase.name());
        assertEquals("Band Aid founder", phrase.role().orElseThrow());
        assertEquals("Ministry of Defence", firstWords("Ministry of Defence said it was sick of it.", 3).name());
    }

    @Test
    void aBareDayAfterALowerCaseWordIsNoName() {
        String text = "New polls released Sunday showed Clinton taking a lead.";
        Segmentation segmentation = new RuleSegmenter().segment(text);
        // "New polls released Sunday", as the network tags it: no source named "Sunday" with the role "New polls released"
        assertTrue(new NounPhraseReader(WORDS, segmentation).phraseOf(0, 4).isEmpty());
    }

    @Test
    void anOwnersThingSpeaksForItsOwnerOnlyWhereAskedFor() {
        String text = "They spent $7 million, according to Kantar Media's political ad tracker.";
        Segmentation segmentation = new RuleSegmenter().segment(text);
        NounPhraseReader reader = new NounPhraseReader(WORDS, segmentation);
        int kantar = 8; // They spent $ 7 million , according to [Kantar]
        assertEquals("Kantar", segmentation.token(kantar).text());
        SourcePhrase owner = reader.ownerOrStartingAt(kantar, segmentation.tokens().size()).orElseThrow();
        assertEquals("Kantar Media", owner.name());
        assertEquals("political ad tracker", owner.role().orElseThrow());
        // after a verb the owner's thing is what was said about the owner: "said Trump's remarks were ..."
        assertTrue(reader.startingAt(kantar, segmentation.tokens().size()).isEmpty());
    }

    @Test
    void aSurnameWithASecondCapitalIsNoAcronym() {
        assertEquals(ActorType.PERSON, firstWords("Seth McKee said it was bad.", 2).type());
        assertEquals(ActorType.ORGANIZATION, firstWords("The NHS said it was bad.", 2).type()); // "The NHS"
    }

    @Test
    void lettersAfterANameAreThePersonsNotAnOrganisationsAcronym() {
        assertEquals(ActorType.PERSON, firstWords("Guy Mansfield QC said it was bad.", 3).type());
        assertEquals(ActorType.ORGANIZATION, firstWords("Apex QC said it was bad.", 2).type()); // no name before
    }

    @Test
    void anOfficeThenAFirstNameNamesAPersonWhateverTheSurname() {
        SourcePhrase mayor = firstWords("Atlantic City Mayor Don Guardian said it was bad.", 5);
        assertEquals("Don Guardian", mayor.name());
        assertEquals(ActorType.PERSON, mayor.type());
        assertEquals(ActorType.ORGANIZATION, firstWords("The Guardian said it was bad.", 2).type());
    }

    @Test
    void aNameEndingInCityCountyOrActIsAPlacesOrALawsNeverAPersons() {
        assertEquals(ActorType.ORGANIZATION, firstWords("Atlantic City said it was bad.", 2).type());
        assertEquals(ActorType.ORGANIZATION, firstWords("Orange County said it was bad.", 2).type());
        // "Affordable Care Act" never takes the "he" of the next sentence
        assertEquals(ActorType.ORGANIZATION, firstWords("Affordable Care Act said it was bad.", 3).type());
    }

    @Test
    void aConnectiveOrPrepositionThatOpensTheSentenceStartsNoName() {
        assertEquals("Microsoft", subjectEndingAt("Until December Microsoft said it was fine.", 2).name());
        assertEquals("China", subjectEndingAt("Even China said it was fine.", 1).name());
    }

    @Test
    void aHyphenatedPlaceBeforeANameDescribesItAndJoinsTheRole() {
        SourcePhrase firm = firstWords("Houston-based Continental said it was fine.", 2);
        assertEquals("Continental", firm.name());
        assertEquals("Houston-based", firm.role().orElseThrow());
        assertEquals("Coca-Cola", firstWords("Coca-Cola said it was fine.", 1).name()); // a hyphen inside a name
    }

    @Test
    void aPluralOfPeopleWithoutAnSIsAGroup() {
        SourcePhrase spokesmen = firstWords("White House and Pentagon spokesmen said the ban stood.", 5);
        assertEquals(ActorType.GROUP, spokesmen.type());
        assertEquals("White House and Pentagon spokesmen", spokesmen.name());
    }

    @Test
    void aQuantifierStandingAloneIsAnUnnamedGroup() {
        SourcePhrase some = firstWords("Some say the ban stood.", 1);
        assertEquals(ActorType.GROUP, some.type()); // not an organisation called "Some"
        String text = "The ban, as some have speculated, will stand.";
        assertEquals("some", new NounPhraseReader(WORDS, new RuleSegmenter().segment(text)).phraseOf(4, 5)
                .orElseThrow().name());
    }

    @Test
    void aShareOfAGroupBeforeItsCueIsTheSourceNotTheObjectOfOf() {
        // tokens: In a poll , 75 percent of Republicans said
        SourcePhrase share = subjectEndingAt("In a poll, 75 percent of Republicans said it was bad.", 7);
        assertEquals("75 percent of Republicans", share.name());
        assertEquals(ActorType.GROUP, share.type());
        assertEquals("12.5 per cent of voters", subjectEndingAt("Then 12.5 per cent of voters said no.", 5).name());
        assertEquals("voters", subjectEndingAt("Then most of the voters said no.", 4).name()); // only a number's share
    }

    @Test
    void aShareWithNoGroupBeforeItsCueIsAnUnnamedGroup() {
        SourcePhrase share = subjectEndingAt("Twenty-four percent said she did nothing wrong.", 1);
        assertEquals("Twenty-four percent", share.name());
        assertEquals(ActorType.GROUP, share.type());
        assertEquals("40%", subjectEndingAt("In homes, 40% said they watched less.", 4).name());
        assertTrue(new NounPhraseReader(WORDS, new RuleSegmenter().segment("Prices rose 5 units said he."))
                .endingAt(3, 0).isEmpty()); // a number alone is no share
    }

    @Test
    void anOfficeOfAPlaceOrABodyIsItsHolderNotThePlace() {
        SourcePhrase mayor = firstWords("The mayor of London said it was bad.", 4);
        assertEquals(ActorType.PERSON, mayor.type());
        assertEquals(SourcePhrase.Reference.OFFICE, mayor.reference());
        assertEquals("mayor of London", mayor.role().orElseThrow());
        assertEquals("The head of the IMF", firstWords("The head of the IMF said it was bad.", 5).name());
        assertEquals(ActorType.ORGANIZATION, firstWords("The Bank of England said it was bad.", 4).type());
    }

    @Test
    void aJobBeforeANameIsTheRole() {
        SourcePhrase producer = firstWords("Producer Kevin Wallace said it would be worth it.", 3);
        assertEquals("Kevin Wallace", producer.name());
        assertEquals("Producer", producer.role().orElseThrow());
    }

    @Test
    void aMemberOfTheScottishParliamentIsAnOfficeBeforeAName() {
        SourcePhrase member = firstWords("Green MSP Mark Ballard said it was bad.", 4);
        assertEquals("Mark Ballard", member.name());
        assertEquals("Green MSP", member.role().orElseThrow());
    }

    @Test
    void aPollIsItsPollstersWordsAndAPollWithNoPollsterIsNoSource() {
        // tokens: A CNN / ORC poll showed
        SourcePhrase pollster = subjectEndingAt("A CNN/ORC poll showed a tie.", 4);
        assertEquals("CNN/ORC", pollster.name());
        assertEquals(ActorType.ORGANIZATION, pollster.type());
        assertEquals("YouGov", firstWords("The latest YouGov survey found a tie.", 4).name());
        assertTrue(new NounPhraseReader(WORDS, new RuleSegmenter().segment("The poll showed a tie."))
                .endingAt(1, 0).isEmpty());
        assertTrue(new NounPhraseReader(WORDS, new RuleSegmenter().segment("Public records show no gift."))
                .endingAt(1, 0).isEmpty()); // "records" names an organisation only inside a name ("Def Jam Records")
    }

    /** The source phrase the rules read before a cue, ending at token {@code last}. */
    private static SourcePhrase subjectEndingAt(String text, int last) {
        return new NounPhraseReader(WORDS, new RuleSegmenter().segment(text)).endingAt(last, 0).orElseThrow();
    }

    private static SourcePhrase firstWords(String text, int count) {
        Segmentation segmentation = new RuleSegmenter().segment(text);
        return new NounPhraseReader(WORDS, segmentation).phraseOf(0, count).orElseThrow();
    }
}

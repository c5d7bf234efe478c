package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcePhraseTest {

    private static List<Actor> actors(String text) {
        return new Analyzer().analyze(Article.of(text)).actors();
    }

    @Test
    void splitsARoleBeforeTheNameFromTheName() {
        Actor a = actors("Belarusian Defense Minister Victor Khrenin said the systems were ready.").get(0);
        assertEquals("Victor Khrenin", a.name());
        assertEquals(ActorType.PERSON, a.type());
        assertEquals("Belarusian Defense Minister", a.role().orElseThrow());
    }

    @Test
    void anOfficeBeforeAOneWordNameMakesAPersonWhomALaterSurnameAndPronounName() {
        List<Actor> found = actors("Brexit\n\nHillary Clinton backed President Obama's advice. Obama said Britain "
                + "would go to the back of the queue. \"It is not going to happen,\" he said.");
        Actor obama = found.stream().filter(a -> a.name().equals("Obama")).findFirst().orElseThrow();
        assertEquals(ActorType.PERSON, obama.type());
        assertEquals(List.of("Britain would go to the back of the queue", "It is not going to happen,"),
                obama.evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void aHeadlinesTitleCaseNamesNobody() {
        List<Actor> found = actors("Clinton Wades In: Urges Britain to Remain In European Union\n\nObama said Britain "
                + "would go to the back of the queue. \"It is not going to happen,\" he said.");
        assertEquals(List.of("Obama"), found.stream().map(Actor::name).toList());
    }

    @Test
    void readsEveryAbbreviatedTitleOfOfficeAsTheRole() {
        for (String title : List.of("Sen.", "Gov.", "Maj.", "Rep.", "Gen.")) {
            Actor a = actors(title + " Kathy Hochul said the plan was sound.").get(0);
            assertEquals("Kathy Hochul", a.name(), title);
            assertEquals(title, a.role().orElseThrow(), title);
            assertEquals(ActorType.PERSON, a.type(), title);
        }
    }

    @Test
    void readsAPartyBeforeAPersonsNameAsTheRole() {
        Actor a = actors("Liberal Democrat Sarah Teather said the plan was sound.").get(0);
        assertEquals("Sarah Teather", a.name());
        assertEquals("Liberal Democrat", a.role().orElseThrow());
        Actor b = actors("Democrat Zephyr Teachout said the plan was sound.").get(0);
        assertEquals("Zephyr Teachout", b.name());
        assertEquals("Democrat", b.role().orElseThrow());
    }

    @Test
    void keepsAPartyInsideTheNameOfAnOrganisation() {
        assertEquals("Republican National Committee",
                actors("The Republican National Committee said the plan was sound.").get(0).name());
    }

    @Test
    void readsTheNameBeforeABracketedPartyTag() {
        Actor a = actors("Governor Mary Fallin (R-OK) said the plan was sound.").get(0);
        assertEquals("Mary Fallin", a.name());
        assertEquals(ActorType.PERSON, a.type());
    }

    @Test
    void namesABracketedAcronymInFullAndKeepsItAsAMention() {
        // the annotators name the organisation in full, as an analyst following it across articles would
        Actor imf = actors("The International Monetary Fund (IMF) said the plan was sound. The IMF said so again.").get(0);
        assertEquals("International Monetary Fund", imf.name());
        assertTrue(imf.mentions().stream().anyMatch(m -> m.text().equals("IMF")), imf::toString);
    }

    @Test
    void keepsAFormOfAddressInTheName() {
        assertEquals("Dr. Elena Kovalenko", actors("Dr. Elena Kovalenko said the plan was sound.").get(0).name());
        assertEquals("Sir Digby Jones", actors("Sir Digby Jones said the plan was sound.").get(0).name());
    }

    @Test
    void keepsATitleWrittenInFullInsideAOneWordName() {
        Actor a = actors("General Motors said the plan was sound.").get(0);
        assertEquals("General Motors", a.name());
    }

    @Test
    void joinsTheOfficeToThePersonWhoseAbbreviatedTitleHoldsIt() {
        List<Actor> a = actors("Ohio Gov. John Kasich said the plan was sound.\n\nThe governor added that it was cheap.");
        assertEquals(1, a.size(), a::toString);
        assertEquals("John Kasich", a.get(0).name());
    }

    @Test
    void mergesTheSurnameWithTheFullName() {
        List<Actor> found = actors("Robert Kilroy-Silk said he would stand. Mr Kilroy-Silk also said he was ready.");
        assertEquals(1, found.size());
        assertEquals("Robert Kilroy-Silk", found.get(0).name());
        assertEquals(2, found.get(0).evidence().size());
    }

    @Test
    void typesGroupsAnonymousSourcesAndOrganisations() {
        List<Actor> found = actors("Analysts suggest that the move is risky. A spokesman for UKIP said it was wrong. "
                + "The Musicians' Union warned that costs would rise.");
        assertEquals(List.of(ActorType.GROUP, ActorType.ANONYMOUS, ActorType.ORGANIZATION),
                found.stream().map(Actor::type).toList());
        assertEquals("A spokesman for UKIP", found.get(1).name());
    }

    @Test
    void readsTheSourceNounsCountedInPolnear() {
        // "allies", "candidate" and "campaign" come from sources-polnear.tsv, not the hand-compiled list
        List<Actor> found = actors("Clinton allies argued that the plan was reckless. The candidate argued that it "
                + "was overdue. The campaign said it would publish the figures.");
        assertEquals(List.of("Clinton allies", "The candidate", "campaign"), found.stream().map(Actor::name).toList());
        assertEquals(List.of(ActorType.GROUP, ActorType.PERSON, ActorType.ORGANIZATION),
                found.stream().map(Actor::type).toList());
    }

    @Test
    void keepsAnUnnamedSourceWhoAskedNotToBeNamedApartFromItsOrganisation() {
        List<Actor> found = actors("Hospital cuts\n\nThe trust's chief executive, Mark Hill, said the cuts were needed. "
                + "A senior consultant at the trust, who asked not to be named, said patients would suffer.");
        assertEquals(List.of("Mark Hill", "A senior consultant at the trust"), found.stream().map(Actor::name).toList());
        assertEquals(ActorType.ANONYMOUS, found.get(1).type());
        // how the source is kept unnamed is not what the source said
        assertEquals(List.of("patients would suffer"), found.get(1).evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void joinsANominalSourceToTheOfficeTheTextGaveNotToTheLastPersonNamed() {
        List<Actor> found = actors("Hospital cuts\n\nMark Hill, the chief executive, said the cuts were needed. "
                + "A consultant at the hospital warned that waiting lists would grow. The consultant claimed patients "
                + "would suffer.");
        assertEquals(List.of("Mark Hill", "A consultant at the hospital"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("waiting lists would grow", "patients would suffer"),
                found.get(1).evidence().stream().map(Evidence::text).toList());
        List<Actor> alone = actors("Hospital cuts\n\nThe trust's chief executive, Mark Hill, said the cuts were needed. "
                + "The consultant claimed patients would suffer.");
        assertEquals(List.of("Mark Hill", "The consultant"), alone.stream().map(Actor::name).toList());
    }

    @Test
    void keepsAMiddleInitialInsideTheName() {
        Actor a = actors("George W. Bush said the plan was good.").get(0);
        assertEquals("George W. Bush", a.name());
        assertEquals(java.util.Optional.empty(), a.role());
    }

    @Test
    void readsASurnameEndingInLyAsANameNotASentenceAdverb() {
        List<Actor> found = actors("In a statement, John E. Kelly, IBM senior vice president, said the plan was good. "
                + "Separately, analysts said it was bad.");
        assertEquals(List.of("John E. Kelly", "analysts"), found.stream().map(Actor::name).toList());
        assertEquals("IBM senior vice president", found.get(0).role().orElseThrow());
    }

    @Test
    void joinsTheCompanyToTheOrganisationThatLastSpoke() {
        List<Actor> found = actors("IBM said it would release 500 patents. The company said it would not charge "
                + "royalties.");
        assertEquals(1, found.size());
        assertEquals("IBM", found.get(0).name());
        assertEquals(2, found.get(0).evidence().size());
    }

    @Test
    void keepsTheCompanyApartWhenNoOrganisationHasSpoken() {
        List<Actor> found = actors("Jane Smith said the deal was good. The company said it would not comment.");
        assertEquals(List.of("Jane Smith", "company"), found.stream().map(Actor::name).toList());
    }

    @Test
    void readsTheSourceOfAPassiveReaction() {
        Actor a = actors("The upgrade has been hailed by Belarusian military officials as a critical step.").get(0);
        assertEquals("Belarusian military officials", a.name());
    }

    @Test
    void ignoresReportingVerbsInThePassiveWithoutAnAgent() {
        assertEquals(List.of(), actors("The exchange is reported to be ready to raise funds."));
    }

    @Test
    void ignoresAttributionsInTheHeadline() {
        List<Actor> found = actors("Police urge pub closure power\n\nChris Fox said the power had too little impact.");
        assertEquals(List.of("Chris Fox"), found.stream().map(Actor::name).toList());
    }

    @Test
    void doesNotTakeThePrepositionalObjectForTheSubject() {
        assertEquals(List.of(), actors("A poll in the Daily Telegraph suggested that most voters agree."));
    }

    @Test
    void treatsCuesInsideReportedWordsAsWhatWasSaid() {
        List<Actor> found = actors("Robert Kilroy-Silk launched a party. He said Veritas would announce policies soon.");
        assertEquals(List.of("Robert Kilroy-Silk"), found.stream().map(Actor::name).toList());
    }

    @Test
    void doesNotTakeTheDeputyForTheOfficeHolder() {
        List<Actor> found = actors("Deputy Mayor Nicky Gavron said the remarks were wrong. "
                + "Later the mayor accused a reporter of \"doorstepping\" him.");
        assertEquals(2, found.size(), found::toString);
    }

    @Test
    void findsTheSubjectPastAnAgeAndARole() {
        List<Actor> found = actors("John Smith, 54, a former regulator, said the rules were unlikely to be enforced.");
        assertEquals(List.of("John Smith"), found.stream().map(Actor::name).toList());
    }

    @Test
    void readsAnOrganisationNamedByItsBuilding() {
        Actor a = actors("The White House said in a statement that it was studying the rules.").get(0);
        assertEquals(ActorType.ORGANIZATION, a.type());
    }

    @Test
    void keepsNameParticlesInsideTheName() {
        Actor dutch = actors("\"It is a good day,\" said Marco de Vries, the harbour master.").get(0);
        assertEquals("Marco de Vries", dutch.name());
        assertEquals(ActorType.PERSON, dutch.type());
        assertEquals("Ursula von der Leyen", actors("Ursula von der Leyen said the deal was done.").get(0).name());
        assertEquals("Mohammed bin Salman", actors("Crown Prince Mohammed bin Salman said the deal was done.").get(0).name());
    }

    @Test
    void readsANoBreakSpaceAsASpace() {
        List<Actor> found = actors("\"This is welcome news,\" said\u00a0Anna\u202fBerg.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("Anna Berg", found.get(0).name());
        assertEquals(1, found.get(0).evidence().size());
    }

    @Test
    void keepsTheDescriptorOfAnUnnamedSource() {
        Actor source = actors("A source familiar with the talks said no deal was close.").get(0);
        assertEquals("A source familiar with the talks", source.name());
        assertEquals(ActorType.ANONYMOUS, source.type());
        assertEquals("A senior consultant at the trust",
                actors("A senior consultant at the trust said the cuts were dangerous.").get(0).name());
    }

    @Test
    void neverReadsTheWordAfterAPossessiveAsACue() {
        List<Actor> found = actors("Local government officials in Frankfurt's state of Hessen have also spoken out against the move.");
        assertEquals(List.of("Local government officials in Frankfurt's state of Hessen"),
                found.stream().map(Actor::name).toList());
    }

    @Test
    void readsAnOfficeWrittenTitleOfXAsTheRoleOfThePersonAfterIt() {
        List<Actor> found = actors("Budget talks\n\nChancellor of the Exchequer Gordon Brown said the deal was fair. "
                + "Secretary of State John Kerry said it was sound. RNC Chief of Staff Katie Walsh said so.");
        assertEquals(List.of("Gordon Brown", "John Kerry", "Katie Walsh"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("Chancellor of the Exchequer", "Secretary of State", "RNC Chief of Staff"),
                found.stream().map(a -> a.role().orElseThrow()).toList());
    }

    @Test
    void joinsAnOfficeWrittenTitleOfXToItsHolder() {
        List<Actor> found = actors("Budget talks\n\nSecretary of State John Kerry said the deal was fair. "
                + "The Secretary of State said it twice.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2, found.get(0).evidence().size());
    }
}

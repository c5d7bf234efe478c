package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule attribution stage (the fast engine): where its spans begin and end, and what it leaves out. */
class RuleAttributionFinderTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static List<Actor> actors(String text) {
        return RULES.analyze(Article.of(text)).actors();
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::name).toList();
    }

    private static List<String> evidenceOf(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).flatMap(a -> a.evidence().stream())
                .map(Evidence::text).toList();
    }

    @Test
    void aDescribedReactionRunsPastAnAbbreviation() {
        List<Actor> found = actors("Senator Mary Hughes endorsed Mrs. Clinton on Tuesday.");
        assertEquals(List.of("Senator Mary Hughes endorsed Mrs. Clinton on Tuesday"), evidenceOf(found, "Mary Hughes"));
    }

    @Test
    void aDescribedReactionEndsWhereAContrastOpensAnotherVoice() {
        List<Actor> found = actors("IBM has supported the operating system Linux although critics have said this was "
                + "done only to undermine Microsoft.");
        assertEquals(List.of("IBM has supported the operating system Linux"), evidenceOf(found, "IBM"));
        assertEquals(List.of("this was done only to undermine Microsoft"), evidenceOf(found, "critics"));
    }

    @Test
    void anIndefiniteThatARestrictiveClauseDefinesIsNoSource() {
        List<Actor> found = actors("Jane Fonda said she wanted a candidate who had not accepted money from Wall Street.");
        assertEquals(List.of("Jane Fonda"), names(found));
        assertEquals(List.of("she wanted a candidate who had not accepted money from Wall Street"),
                evidenceOf(found, "Jane Fonda"));
        // set off by a comma, the clause says what someone particular did
        List<Actor> appositive = actors("A consultant, who had not accepted the offer, said the plan was flawed.");
        assertEquals(List.of("A consultant"), appositive.stream().map(Actor::name).toList());
    }

    @Test
    void aPluralNounBeforeAccordingToIsNoCue() {
        List<Actor> found = actors("Clinton has spent $77 million on advertising, largely targeting voters in "
                + "battleground states, according to Kantar Media's political ad tracker.");
        assertEquals(List.of("Kantar Media"), names(found));
        assertEquals(List.of("political ad tracker"), found.stream().map(a -> a.role().orElse("")).toList());
        assertEquals(List.of("Clinton has spent $77 million on advertising, largely targeting voters in battleground "
                + "states"), evidenceOf(found, "Kantar Media"));
    }

    @Test
    void anOwnersFiguresSpeakForTheOwner() {
        List<Actor> found = actors("Troops are deployed in five countries, according to the Pentagon's latest figures.");
        assertEquals(List.of("Pentagon"), names(found));
        assertEquals(List.of("Troops are deployed in five countries"), evidenceOf(found, "Pentagon"));
    }

    @Test
    void aCueWordAfterAnArticleIsANoun() {
        List<Actor> found = actors("While attention was on the contests, many voters in the state were just as "
                + "interested in the court race. If its claims are true, the resolutions were broken.");
        assertEquals(List.of(), names(found));
    }

    @Test
    void aCueThatIsAlsoAPluralNounIsThatNounAfterAWordNoSourceCouldBeHeadedBy() {
        List<Actor> found = actors("The campaign will air a new ad in New Hampshire, Virginia, Iowa, Colorado and "
                + "Nevada \u2014 all battleground states.");
        assertEquals(List.of(), names(found));
        assertEquals(List.of("a defeat"), evidenceOf(actors("The senator fears a defeat."), "The senator"));
    }

    @Test
    void aCueWordAfterAPrepositionIsANoun() {
        List<Actor> found = actors("Lance Beebe, a civilian employee of the Air Force, said Hillary Clinton should be "
                + "ready for questions about her husband.");
        assertEquals(List.of("Lance Beebe"), names(found));
        assertEquals(List.of("Hillary Clinton should be ready for questions about her husband"),
                evidenceOf(found, "Lance Beebe"));
    }

    @Test
    void whoeverAsksInAReducedClauseIsNoSource() {
        List<Actor> found = actors("Mr. Trump was asked about it in Miami. He said he had not seen the episode in "
                + "Fayetteville, and when asked whether he was encouraging his supporters, he said, ''I hope not.''");
        assertEquals(List.of("Mr. Trump"), names(found));
    }

    @Test
    void thatBeforeAPluralSourceIsTheConjunction() {
        List<Actor> found = actors("Mark Hill noted that Republicans said the race was close.");
        assertEquals(List.of("the race was close"), evidenceOf(found, "Republicans"));
        assertEquals(List.of(), evidenceOf(found, "that Republicans"));
    }

    @Test
    void aVerbBeforeTheCueEndsNoDescribedSource() {
        List<Actor> found = actors("Unions for Deutsche Boerse staff in Frankfurt has reportedly expressed fears that "
                + "up to 300 jobs would be moved to London.");
        assertEquals(List.of("Unions for Deutsche Boerse staff in Frankfurt"), names(found));
    }

    @Test
    void aContentInsideARelativeClauseEndsWhereTheMainClauseGoesOn() {
        List<Actor> found = actors("The bill, which ministers claim will tackle crime, terrorism and illegal "
                + "immigration, is expected to be opposed by the Liberal Democrats.");
        assertEquals(List.of("will tackle crime, terrorism and illegal immigration"), evidenceOf(found, "ministers"));
        // a name that ends in a plural of people is a party, not a person "he" or "the Tory source" could be
        assertEquals(List.of(ActorType.ORGANIZATION), found.stream().filter(a -> a.name().equals("Liberal Democrats"))
                .map(Actor::type).toList());
    }

    @Test
    void aPersonNamedInTheAppositiveBeforeTheCueIsTheSpeaker() {
        List<Actor> found = actors("A local pastor, Darran Whiting of Liberty Baptist Church in Marion, said he had "
                + "made more than 150 phone calls.");
        assertEquals(List.of("he had made more than 150 phone calls"), evidenceOf(found, "Darran Whiting"));
        // after a description that names someone else, the appositive's person still speaks
        List<Actor> embedded = actors("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said "
                + "he had called other pastors.");
        assertEquals(List.of("he had called other pastors"), evidenceOf(embedded, "Darran Whiting"));
        // a name that opens the clause keeps its appositive as its role
        List<Actor> subject = actors("Roger Knapman, the party's leader, said the party would win.");
        assertEquals(List.of("the party would win"), evidenceOf(subject, "Roger Knapman"));
    }

    @Test
    void aCoordinatedSpeechCueSharesTheSubjectOfTheSpeechBeforeIt() {
        List<Actor> found = actors("The WTO said that many developing countries support the end of quotas and stressed "
                + "that funding was available to countries such as Bangladesh.");
        assertEquals(List.of("many developing countries support the end of quotas",
                "funding was available to countries such as Bangladesh"), evidenceOf(found, "WTO"));
        assertEquals(List.of("WTO"), names(found));
    }

    @Test
    void aPhraseAfterWithIsNotTheSubjectOfTheCue() {
        List<Actor> found = actors("Mr DiPiazza said the interviews with chief executives suggested that companies "
                + "had adjusted to the new reality.");
        assertEquals(List.of("Mr DiPiazza"), names(found));
        assertEquals(List.of("the interviews with chief executives suggested that companies had adjusted to the new "
                + "reality"), evidenceOf(found, "Mr DiPiazza"));
    }

    @Test
    void addingANumberIsCountingNotSpeaking() {
        List<Actor> found = actors("US firms added only 146,000 jobs in January, the Labor Department said.");
        assertEquals(List.of("Labor Department"), names(found));
        List<Actor> speech = actors("Mr Smith added that 5 people were hurt.");
        assertEquals(List.of("5 people were hurt"), evidenceOf(speech, "Mr Smith"));
    }

    @Test
    void aNameThatOpensTheClauseSpeaksPastAnAppositiveThatNamesAnother() {
        List<Actor> found = actors("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, "
                + "L'Osservatore Romano, said every pope was both religious and political.");
        assertEquals(List.of("Giovanni Maria Vian"), names(found));
    }

    @Test
    void aCoordinatedCueWithNoCueBeforeItSharesTheSubjectOfItsOwnClause() {
        List<Actor> found = actors("Bobby Jindal signed an order to block the refugees, while Mike Huckabee, the former "
                + "Arkansas governor, proposed a ban and said House Speaker Paul Ryan should resign.");
        assertEquals(List.of("House Speaker Paul Ryan should resign"), evidenceOf(found, "Mike Huckabee"));
        assertEquals(List.of(), evidenceOf(found, "Bobby Jindal"));
    }

    @Test
    void aParticiplesSubjectReadsPastTheDotOfADottedInitialism() {
        List<Actor> found = actors("Graham slams Trump\n\nDemocratic U.S. Rep. Gwen Graham on Friday attacked the "
                + "plan, saying it would fail.");
        assertEquals(List.of("Gwen Graham"), names(found)); // not an organisation "Democratic U.S"
    }

    @Test
    void aJobAfterItsCueIsTheSourceNotTheNationalityBeforeIt() {
        List<Actor> found = actors("Show\n\nProducer Kevin Wallace said it was worth waiting for. \"We could not get "
                + "a theatre in time,\" added the British producer.");
        assertEquals(List.of("Kevin Wallace"), names(found)); // not an organisation "British"
        assertEquals(2, found.get(0).evidence().size());
    }
}

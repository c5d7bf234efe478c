package dev.standpoint.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActorNameKeyTest {

    @Test
    void dropsHonorificsCaseAndPunctuation() {
        assertEquals("tony-blair", ActorNameKey.of("Mr. Tony Blair"));
        assertEquals("alexander-lukashenko", ActorNameKey.of("President Alexander Lukashenko"));
    }

    @Test
    void dropsAnOfficeTogetherWithTheWordsThatQualifyIt() {
        assertEquals("victor-khrenin", ActorNameKey.of("Defense Minister Victor Khrenin"));
        assertEquals("sergei-lavrov", ActorNameKey.of("Foreign Minister Sergei Lavrov"));
    }

    @Test
    void keepsAnOrganisationWhoseNameStartsWithAnAdjective() {
        assertEquals("foreign-ministry", ActorNameKey.of("Foreign Ministry"));
    }

    @Test
    void dropsALeadingArticleAndAPossessive() {
        assertEquals("tories", ActorNameKey.of("The Tories"));
        assertEquals("belta", ActorNameKey.of("BelTA's"));
    }

    @Test
    void foldsAccentsSoSpellingsMerge() {
        assertEquals("jose-manuel-barroso", ActorNameKey.of("José Manuel Barroso"));
    }

    @Test
    void keepsATitleThatIsTheWholeName() {
        assertEquals("president", ActorNameKey.of("the President"));
    }
}

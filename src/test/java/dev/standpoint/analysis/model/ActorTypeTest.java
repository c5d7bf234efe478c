package dev.standpoint.analysis.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which actors are someone else in every article: the one rule the store, the export and the Spark job share. */
class ActorTypeTest {

    @Test
    void aNamedPersonOrOrganisationIsOneActorAcrossArticles() {
        assertFalse(ActorType.PERSON.isGeneric("President Alexander Lukashenko"));
        assertFalse(ActorType.ORGANIZATION.isGeneric("Greenpeace"));
    }

    @Test
    void groupsUnnamedSourcesAndLowerCaseNamesAreGeneric() {
        assertTrue(ActorType.GROUP.isGeneric("Western Diplomats"));
        assertTrue(ActorType.ANONYMOUS.isGeneric("a senior EU official"));
        assertTrue(ActorType.ORGANIZATION.isGeneric("the ministry"));
        assertTrue(ActorType.PERSON.isGeneric("the consultant"));
    }
}
